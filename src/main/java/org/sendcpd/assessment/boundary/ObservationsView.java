package org.sendcpd.assessment.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.sendcpd.assessment.control.CompetenceStanding;
import org.sendcpd.assessment.control.ObservationDraft;
import org.sendcpd.assessment.control.Observations;
import org.sendcpd.assessment.control.ObserverRights;
import org.sendcpd.assessment.control.Standings;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AccessDeniedException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.ui.ScreenMessages;

/**
 * Observations: a line manager, the SENCO or the head picks a person they may observe, sees where
 * they stand in what is asked of them, and records what they saw them do.
 */
@Named
@ViewScoped
public class ObservationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ObserverRights rights;
  @Inject Observations observations;
  @Inject Standings standings;
  @Inject StaffService staff;
  @Inject ScreenMessages messages;

  private Long staffId;
  private String personName;
  private List<SelectItem> people = List.of();
  private List<CompetenceStanding> standing = List.of();
  private List<ObservationRow> seen = List.of();
  private ObservationForm form = new ObservationForm();

  /** The page's view action: the person named by ?staffId=, when the caller may observe them. */
  public void load() {
    LocalDate today = LocalDate.now();
    List<StaffMember> mine = rights.observable(today);
    people =
        mine.stream()
            .map(p -> new SelectItem(p.getId(), p.getLastName() + ", " + p.getFirstName()))
            .toList();
    StaffMember person =
        staffId == null ? null : staff.find(staffId).filter(rights::mayObserve).orElse(null);
    if (person == null) {
      staffId = null;
      personName = null;
      standing = List.of();
      seen = List.of();
      return;
    }
    personName = person.getFullName();
    standing = standings.of(person, today);
    seen = observations.of(person).stream().map(ObservationRow::of).toList();
  }

  /** Opens the dialog for one competence of the table, at the level asked of the person. */
  public void start(String competenceCode) {
    form = new ObservationForm();
    form.setCompetenceCode(competenceCode);
    standing.stream()
        .filter(s -> s.competenceCode().equals(competenceCode))
        .findFirst()
        .ifPresent(s -> form.setLevel(s.requiredRank()));
  }

  public void save() {
    boolean saved = false;
    try {
      observations.record(
          new ObservationDraft(
              staffId,
              form.getCompetenceCode(),
              form.getLevel(),
              form.getObservedOn(),
              form.getNote()));
      messages.info("Observation recorded for " + personName + ".");
      saved = true;
      load();
    } catch (InvalidInputException e) {
      messages.refused(e);
    } catch (AccessDeniedException e) {
      messages.error(e.getMessage());
    }
    PrimeFaces.current().ajax().addCallbackParam("saved", saved);
  }

  /** The levels of the ladder of the competence chosen in the dialog. */
  public List<SelectItem> getLevels() {
    List<SelectItem> items = new ArrayList<>();
    standing.stream()
        .filter(s -> s.competenceCode().equals(form.getCompetenceCode()))
        .findFirst()
        .ifPresent(
            s -> {
              for (int i = 0; i < s.ladder().size(); i++) {
                items.add(new SelectItem(i + 1, s.ladder().get(i)));
              }
            });
    return items;
  }

  /** The competence the dialog is open for (each row opens it for its own). */
  public CompetenceStanding getChosen() {
    return standing.stream()
        .filter(s -> s.competenceCode().equals(form.getCompetenceCode()))
        .findFirst()
        .orElse(null);
  }

  public Long getStaffId() {
    return staffId;
  }

  public void setStaffId(Long staffId) {
    this.staffId = staffId;
  }

  public String getPersonName() {
    return personName;
  }

  public List<SelectItem> getPeople() {
    return people;
  }

  public List<CompetenceStanding> getStanding() {
    return standing;
  }

  public List<ObservationRow> getSeen() {
    return seen;
  }

  public ObservationForm getForm() {
    return form;
  }
}
