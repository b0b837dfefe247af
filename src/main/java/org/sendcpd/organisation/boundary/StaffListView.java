package org.sendcpd.organisation.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.control.VisibleSchools;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.ui.ScreenMessages;

/** The staff of one school, for those who look across it: SENCO, head, trust lead, admin. */
@Named
@ViewScoped
public class StaffListView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One person as the list shows them. */
  public record Row(
      long id,
      String name,
      String email,
      String jobRole,
      String team,
      BigDecimal fte,
      LocalDate startDate,
      LocalDate leftDate,
      String lineManager,
      boolean inPost)
      implements Serializable {}

  @Inject StaffService staff;
  @Inject AccessControl access;
  @Inject VisibleSchools visibleSchools;
  @Inject ScreenMessages messages;

  private final StaffUpload upload = new StaffUpload();
  private List<VisibleSchools.Option> schools = List.of();
  private Long schoolId;
  private List<Row> rows = List.of();
  private Row leaving;
  private LocalDate leavingDate;

  @PostConstruct
  void init() {
    schools = visibleSchools.options();
    schoolId = visibleSchools.requireDefaultSchool();
  }

  /** Runs as the page's view action, so a refusal is answered before anything renders. */
  public void load() {
    if (schoolId == null) {
      rows = List.of();
      return;
    }
    access.requireSchool(schoolId);
    LocalDate today = LocalDate.now();
    rows = staff.inSchool(schoolId).stream().map(s -> row(s, today)).toList();
  }

  private static Row row(StaffMember s, LocalDate today) {
    return new Row(
        s.getId(),
        s.getLastName() + ", " + s.getFirstName(),
        s.getEmail(),
        s.getJobRole().label(),
        s.getTeam(),
        s.getFte(),
        s.getStartDate(),
        s.getLeftDate(),
        s.getLineManager() == null ? "" : s.getLineManager().getFullName(),
        s.isInPostOn(today));
  }

  /** Imports the uploaded file into the chosen school and shows the new list, or the errors. */
  public void importStaff() {
    if (schoolId != null && upload.run(staff, schoolId)) {
      load();
    }
  }

  /** Opens the leaving-date dialog for one person of the list. */
  public void editLeaving(Row row) {
    leaving = row;
    leavingDate = row.leftDate();
  }

  /** Saves the date; one of today or earlier closes the account at once (StaffService). */
  public void saveLeaving() {
    if (leaving == null) {
      return;
    }
    staff.find(leaving.id()).ifPresent(p -> access.requireSchool(p.getSchool().getId()));
    LocalDate date = leavingDate;
    try {
      staff.change(leaving.id(), person -> person.setLeftDate(date));
    } catch (InvalidInputException e) {
      messages.refused(e);
      return;
    }
    boolean closed = date != null && !date.isAfter(LocalDate.now());
    messages.info(
        messages.text(closed ? "staffList.leavingClosed" : "staffList.leavingSaved")
            + " "
            + leaving.name());
    PrimeFaces.current().executeScript("PF('leavingDialog').hide()");
    leaving = null;
    load();
  }

  public Row getLeaving() {
    return leaving;
  }

  public LocalDate getLeavingDate() {
    return leavingDate;
  }

  public void setLeavingDate(LocalDate leavingDate) {
    this.leavingDate = leavingDate;
  }

  public StaffUpload getUpload() {
    return upload;
  }

  public long getInPost() {
    return rows.stream().filter(Row::inPost).count();
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<VisibleSchools.Option> getSchools() {
    return schools;
  }

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }
}
