package org.sendcpd.organisation.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.control.VisibleSchools;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.StaleEditException;
import org.sendcpd.ui.ScreenMessages;

/**
 * The staff of one school, for those who look across it: SENCO, head, trust lead, admin. They
 * import the MIS export here and change one person in a dialog.
 */
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
  private StaffForm form;
  // The person as read into the dialog, to tell what someone else changed meanwhile.
  private StaffForm opened;
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

  /** Opens the dialog on one person of the school shown. */
  public void edit(long id) {
    staff
        .find(id)
        .ifPresent(
            person -> {
              access.requireSchool(person.getSchool().getId());
              form = StaffForm.of(person);
              opened = StaffForm.of(person);
            });
  }

  /**
   * Saves the dialog. A person someone else saved since the dialog opened is not written over: the
   * message says who changed what and when, the input stays, and saving again saves it.
   */
  public void save() {
    StaffForm sent = form;
    boolean saved = false;
    try {
      StaffMember person =
          staff.update(
              sent.getId(),
              sent.getVersion(),
              p -> {
                sent.copyTo(p);
                p.setLineManager(
                    staff.lineManager(sent.getLineManagerId(), p.getId(), p.getSchool().getId()));
              });
      form = StaffForm.of(person);
      opened = StaffForm.of(person);
      messages.info(messages.text("staffEdit.saved"));
      saved = true;
      load();
    } catch (InvalidInputException e) {
      messages.refused(e);
    } catch (StaleEditException e) {
      StaffForm current = StaffForm.of(staff.find(sent.getId()).orElseThrow());
      messages.stale(e, opened.differences(current).stream().map(messages::text).toList());
      sent.rebase(current);
      opened = current;
    } catch (ConflictException e) {
      messages.refused(e);
    }
    PrimeFaces.current().ajax().addCallbackParam("saved", saved);
  }

  /** Everyone else at the school, as line managers to choose from. */
  public List<SelectItem> getManagers() {
    long self = form == null ? -1 : form.getId();
    return rows.stream()
        .filter(r -> r.id() != self)
        .map(r -> new SelectItem(r.id(), r.name()))
        .toList();
  }

  public List<SelectItem> getJobRoles() {
    return Arrays.stream(JobRole.values()).map(r -> new SelectItem(r, r.label())).toList();
  }

  public StaffForm getForm() {
    return form;
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
