package org.sendcpd.training.entity;

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
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Set;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.SchoolData;

/**
 * A dated occurrence of a course on a school's calendar, with a place, a facilitator and a number
 * of places. Staff book onto it; once it is DELIVERED, marking its register turns each attendance
 * into a verified CPD record.
 *
 * <p>Sessions are published as iCalendar events. Every change a calendar app shows (time, place,
 * cancellation) raises {@link #getSequence() sequence}, the iCalendar SEQUENCE, so subscribers
 * replace their copy instead of keeping a stale one.
 */
@Entity
@Table(name = "training_session")
@NamedQuery(
    name = TrainingSession.FIND_BY_SCHOOL_BETWEEN,
    query =
        "SELECT t FROM TrainingSession t JOIN FETCH t.course WHERE t.school.id = :schoolId"
            + " AND t.startsAt >= :from AND t.startsAt < :to ORDER BY t.startsAt")
public class TrainingSession implements SchoolData {

  /** Sessions of a school starting from {@code from} (inclusive) to {@code to} (exclusive). */
  public static final String FIND_BY_SCHOOL_BETWEEN = "TrainingSession.findBySchoolBetween";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Raised by every save; saving a copy read before the last save is refused. */
  @Version
  @Column(name = "row_version")
  private int rowVersion;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id")
  private Course course;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_id")
  private School school;

  @NotNull
  @Column(name = "starts_at")
  private LocalDateTime startsAt;

  @NotNull
  @Column(name = "ends_at")
  private LocalDateTime endsAt;

  @Size(max = 200)
  private String place;

  /** A member of staff who runs the session, if it is run in house. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "facilitator_id")
  private StaffMember facilitator;

  /** The name of an outside trainer, who has no staff record. */
  @Size(max = 200)
  @Column(name = "facilitator_name")
  private String facilitatorName;

  @Min(1)
  private int capacity;

  @NotNull
  @Enumerated(EnumType.STRING)
  private SessionStatus status = SessionStatus.PLANNED;

  /** The iCalendar SEQUENCE: 0 when first published, one more with every visible change. */
  @Min(0)
  @Column(name = "ical_sequence")
  private int sequence;

  @Size(max = 2000)
  private String notes;

  /**
   * A session of a trust course that every school of the trust may book its staff onto, wherever it
   * is held; other sessions are for their own school's staff only.
   */
  @Column(name = "open_to_trust")
  private boolean openToTrust;

  /** On a session open to the trust: the most places one school may hold, or null for no limit. */
  @Min(1)
  @Column(name = "places_per_school")
  private Integer placesPerSchool;

  protected TrainingSession() {}

  public TrainingSession(
      Course course,
      School school,
      LocalDateTime startsAt,
      LocalDateTime endsAt,
      String place,
      int capacity) {
    this.course = course;
    this.school = school;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.place = place;
    this.capacity = capacity;
  }

  @AssertTrue(message = "a session must end after it starts")
  boolean isEndAfterStart() {
    return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
  }

  /** Moves the session; calendar subscribers see the new time. */
  public void reschedule(LocalDateTime newStart, LocalDateTime newEnd) {
    this.startsAt = newStart;
    this.endsAt = newEnd;
    sequence++;
  }

  /** Moves the session to another room or site; calendar subscribers see the new place. */
  public void moveTo(String newPlace) {
    this.place = newPlace;
    sequence++;
  }

  public void cancel() {
    this.status = SessionStatus.CANCELLED;
    sequence++;
  }

  public Long getId() {
    return id;
  }

  /** The row version: the API's ETag, and what a screen sends back to save its copy. */
  public int getRowVersion() {
    return rowVersion;
  }

  public Course getCourse() {
    return course;
  }

  public School getSchool() {
    return school;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public String getPlace() {
    return place;
  }

  public StaffMember getFacilitator() {
    return facilitator;
  }

  public void setFacilitator(StaffMember facilitator) {
    this.facilitator = facilitator;
  }

  public String getFacilitatorName() {
    return facilitatorName;
  }

  public void setFacilitatorName(String facilitatorName) {
    this.facilitatorName = facilitatorName;
  }

  public int getCapacity() {
    return capacity;
  }

  public void setCapacity(int capacity) {
    this.capacity = capacity;
  }

  public SessionStatus getStatus() {
    return status;
  }

  public void setStatus(SessionStatus status) {
    this.status = status;
  }

  public int getSequence() {
    return sequence;
  }

  /** Opens the session to every school of the trust, with at most so many places each. */
  public void openToTrust(Integer perSchool) {
    this.openToTrust = true;
    this.placesPerSchool = perSchool;
  }

  public boolean isOpenToTrust() {
    return openToTrust;
  }

  public Integer getPlacesPerSchool() {
    return placesPerSchool;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  /**
   * A session open to the trust is offered to every school; another is its school's, and its
   * facilitator's school counts it as training they led.
   */
  @Override
  public Set<Long> readBySchools() {
    if (isOpenToTrust()) {
      return Set.of();
    }
    return getFacilitator() == null
        ? SchoolData.schools(getSchool().getId())
        : SchoolData.schools(getSchool().getId(), getFacilitator().getSchool().getId());
  }
}
