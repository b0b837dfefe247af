package org.sendcpd.appraisal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One step the school takes towards a priority of its development plan ("run the visual timetable
 * twilight for all TAs by half-term"), with the date it is due and how far it has got.
 */
@Entity
@Table(name = "priority_action")
@NamedQuery(
    name = PriorityAction.FIND_BY_SCHOOL_AND_YEAR,
    query =
        "SELECT a FROM PriorityAction a JOIN FETCH a.priority p WHERE p.school.id = :schoolId"
            + " AND p.academicYear = :academicYear ORDER BY a.dueOn, a.id")
public class PriorityAction {

  public static final String FIND_BY_SCHOOL_AND_YEAR = "PriorityAction.findBySchoolAndYear";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "priority_id")
  private SchoolPriority priority;

  @NotBlank
  @Size(max = 1000)
  @Column(name = "action_text")
  private String text;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @NotNull
  @Enumerated(EnumType.STRING)
  private ActionStatus status = ActionStatus.NOT_STARTED;

  protected PriorityAction() {}

  public PriorityAction(SchoolPriority priority, String text, LocalDate dueOn) {
    this.priority = priority;
    this.text = text;
    this.dueOn = dueOn;
  }

  public Long getId() {
    return id;
  }

  public SchoolPriority getPriority() {
    return priority;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }

  public ActionStatus getStatus() {
    return status;
  }

  public void setStatus(ActionStatus status) {
    this.status = status;
  }
}
