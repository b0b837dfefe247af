package org.sendcpd.reports.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.control.VisibleSchools;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.reports.control.ReportFile;
import org.sendcpd.reports.control.ReportFormat;
import org.sendcpd.reports.control.Reports;
import org.sendcpd.reports.control.SessionReports;

/**
 * Reports: the SENCO or head picks a report (the term calendar is the term of the reference date),
 * a reference date, a person for a CPD record and a format, and downloads the file in the signed-in
 * session (the API speaks HTTP Basic instead).
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Reports reports;
  @Inject SessionReports sessionReports;
  @Inject VisibleSchools schools;
  @Inject StaffService staff;

  private Long schoolId;
  private String report = Reports.SCHOOL_REPORTS.get(0);
  private LocalDate date = LocalDate.now();
  private Long staffId;
  private ReportFormat format = ReportFormat.PDF;

  @PostConstruct
  void init() {
    schoolId = schools.requireDefaultSchool();
  }

  /** The page's view action: refuses, before rendering, accounts that see no school. */
  public void load() {
    schools.requireDefaultSchool();
  }

  /** The file, or a message saying what to change. */
  public StreamedContent getDownload() {
    try {
      ReportFile file =
          switch (report) {
            case Reports.CPD_RECORD -> reports.cpdRecord(person(), format, referenceDate());
            case Reports.CALENDAR -> sessionReports.calendar(schoolId, format, referenceDate());
            default -> reports.school(report, format, schoolId, referenceDate());
          };
      return DefaultStreamedContent.builder()
          .name(file.fileName())
          .contentType(file.contentType())
          .contentLength((long) file.bytes().length)
          .stream(() -> new ByteArrayInputStream(file.bytes()))
          .build();
    } catch (InvalidInputException e) {
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return null;
    }
  }

  private StaffMember person() {
    if (staffId == null) {
      throw new InvalidInputException("Choose the person whose CPD record you want.");
    }
    return staff
        .find(staffId)
        .orElseThrow(
            () -> new InvalidInputException("That person is no longer on the staff list."));
  }

  private LocalDate referenceDate() {
    return date == null ? LocalDate.now() : date;
  }

  /** When the chosen report has no CSV, fall back to PDF. */
  public void reportChanged() {
    if (!Reports.offers(report, format)) {
      format = ReportFormat.PDF;
    }
  }

  public List<String> getReports() {
    return Stream.concat(
            Reports.SCHOOL_REPORTS.stream(), Stream.of(Reports.CALENDAR, Reports.CPD_RECORD))
        .toList();
  }

  public List<SelectItem> getFormats() {
    return Arrays.stream(ReportFormat.values())
        .filter(f -> Reports.offers(report, f))
        .map(f -> new SelectItem(f, f.name()))
        .toList();
  }

  /** The staff of the chosen school, if the caller sees that school. */
  public List<SelectItem> getPeople() {
    if (schools.options().stream().noneMatch(o -> o.id() == schoolId)) {
      return List.of();
    }
    return staff.inSchool(schoolId).stream()
        .sorted(
            Comparator.comparing(StaffMember::getLastName).thenComparing(StaffMember::getFirstName))
        .map(p -> new SelectItem(p.getId(), p.getLastName() + ", " + p.getFirstName()))
        .toList();
  }

  public boolean isPersonNeeded() {
    return Reports.CPD_RECORD.equals(report);
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

  public String getReport() {
    return report;
  }

  public void setReport(String report) {
    this.report = getReports().contains(report) ? report : this.report;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public Long getStaffId() {
    return staffId;
  }

  public void setStaffId(Long staffId) {
    this.staffId = staffId;
  }

  public ReportFormat getFormat() {
    return format;
  }

  public void setFormat(ReportFormat format) {
    this.format = format;
  }
}
