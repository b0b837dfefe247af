package org.sendcpd.deployment.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.sendcpd.analysis.SchoolDays;
import org.sendcpd.deployment.control.DeploymentDraft;
import org.sendcpd.deployment.control.DeploymentImport;
import org.sendcpd.deployment.control.Deployments;
import org.sendcpd.deployment.control.WeekGrid;
import org.sendcpd.deployment.entity.StaffDeployment;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.control.VisibleSchools;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.ui.ScreenMessages;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/**
 * The week: groups x school days with the adults in each cell and the group-days with no adult at
 * enhanced for their pupils; beside it a form to change one person's deployments.
 */
@Named
@ViewScoped
public class WeekView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One of the chosen person's deployments as the form lists it. */
  public record Entry(long id, String group, String days, LocalDate from, LocalDate to)
      implements Serializable {}

  /** Someone the form may choose. */
  public record Choice(long id, String label) implements Serializable {}

  @Inject Deployments deployments;
  @Inject WorkforceAnalyses analyses;
  @Inject StaffService staff;
  @Inject VisibleSchools schools;
  @Inject ScreenMessages messages;

  private Long schoolId;
  private LocalDate date;
  private List<WeekGrid.Row> rows = List.of();
  private List<Choice> people = List.of();
  private Long personId;
  private List<Entry> entries = List.of();
  private String group;
  private List<String> days = new ArrayList<>();
  private LocalDate from;
  private LocalDate to;
  private transient UploadedFile csv;
  private List<String> importErrors = List.of();

  /** The page's view action: the caller's school, today, unless the address says otherwise. */
  public void load() {
    if (schoolId == null) {
      schoolId = schools.requireDefaultSchool();
    }
    if (date == null) {
      date = LocalDate.now();
    }
    refresh();
    people =
        staff.inSchool(schoolId).stream()
            .filter(p -> p.isInPostOn(date))
            .map(p -> new Choice(p.getId(), p.getLastName() + ", " + p.getFirstName()))
            .toList();
  }

  private void refresh() {
    rows = WeekGrid.of(analyses.school(schoolId, date));
    entries =
        personId == null
            ? List.of()
            : deployments.of(personId).orElse(List.of()).stream().map(WeekView::entry).toList();
  }

  private static Entry entry(StaffDeployment d) {
    return new Entry(
        d.getId(),
        d.getGroupName(),
        String.join(
            ", ",
            SchoolDays.WEEK.stream()
                .filter(d.getDays()::contains)
                .map(
                    day ->
                        day.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK))
                .toList()),
        d.getValidFrom(),
        d.getValidTo());
  }

  /** Chooses the person whose name was clicked in the grid. */
  public void edit(long staffId) {
    personId = staffId;
    refresh();
  }

  /** Shows the chosen person's deployments in the form. */
  public void choose() {
    refresh();
  }

  /** Adds the entry on the form to the chosen person. */
  public void add() {
    if (personId == null) {
      messages.error(messages.text("week.choosePerson"));
      return;
    }
    try {
      deployments.add(personId, new DeploymentDraft(group, WeekGrid.days(days), from, to));
      messages.info(messages.text("week.added"));
      group = null;
      days = new ArrayList<>();
      from = null;
      to = null;
    } catch (InvalidInputException e) {
      messages.refused(e);
    }
    refresh();
  }

  /** Imports the uploaded CSV: every line or none, the refused lines listed by number. */
  public void upload() {
    importErrors = List.of();
    if (csv == null || csv.getSize() == 0) {
      messages.error(messages.text("week.importNoFile"));
      return;
    }
    DeploymentImport result =
        deployments.importCsv(schoolId, new String(csv.getContent(), StandardCharsets.UTF_8));
    if (result.errors().isEmpty()) {
      messages.info(
          result.people() + " " + messages.text("week.importDone") + " " + result.deployments());
    } else {
      importErrors =
          result.errors().stream().map(e -> "Line " + e.line() + ": " + e.message()).toList();
      messages.error(messages.text("week.importRefused"));
    }
    refresh();
  }

  public List<String> getImportErrors() {
    return importErrors;
  }

  public UploadedFile getCsv() {
    return csv;
  }

  public void setCsv(UploadedFile csv) {
    this.csv = csv;
  }

  public void remove(long deploymentId) {
    deployments.remove(deploymentId);
    messages.info(messages.text("week.removed"));
    refresh();
  }

  public String personName() {
    return people.stream()
        .filter(c -> personId != null && c.id() == personId)
        .map(Choice::label)
        .findFirst()
        .orElse("");
  }

  public List<String> getDayCodes() {
    return SchoolDays.WEEK.stream().map(SchoolDays::code).toList();
  }

  public String getIsoDate() {
    return date.toString();
  }

  public List<WeekGrid.Row> getRows() {
    return rows;
  }

  public List<Choice> getPeople() {
    return people;
  }

  public List<Entry> getEntries() {
    return entries;
  }

  public List<VisibleSchools.Option> getSchools() {
    return schools.options();
  }

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public Long getPersonId() {
    return personId;
  }

  public void setPersonId(Long personId) {
    this.personId = personId;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public List<String> getDays() {
    return days;
  }

  public void setDays(List<String> days) {
    this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
