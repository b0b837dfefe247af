package org.sendcpd.reports.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.control.VisibleSchools;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.reports.control.ReportFile;
import org.sendcpd.reports.control.ReportFormat;
import org.sendcpd.reports.control.ReportJob;
import org.sendcpd.reports.control.ReportJobs;
import org.sendcpd.reports.control.Reports;
import org.sendcpd.reports.control.SessionReports;
import org.sendcpd.ui.ScreenMessages;

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
  @Inject ReportJobs jobs;
  @Inject ScreenMessages messages;

  private Long schoolId;
  private String report = Reports.SCHOOL_REPORTS.get(0);
  private LocalDate date = LocalDate.now();
  private Long staffId;
  private ReportFormat format = ReportFormat.PDF;
  private String jobId;

  @PostConstruct
  void init() {
    schoolId = schools.requireDefaultSchool();
  }

  /** The page's view action: refuses, before rendering, accounts that see no school. */
  public void load() {
    schools.requireDefaultSchool();
  }

  /**
   * The file, or a message saying what to change. A large school's report is not made while the
   * page waits: it starts as a background job whose progress the page shows, and is downloaded from
   * there once ready.
   */
  public StreamedContent getDownload() {
    try {
      if (Reports.SCHOOL_REPORTS.contains(report)
          && reports.isLarge(report, format, schoolId, referenceDate())) {
        jobId = jobs.startSchool(report, format, schoolId, referenceDate());
        messages.info(messages.text("reports.large.started"));
        return null;
      }
      ReportFile file =
          switch (report) {
            case Reports.CPD_RECORD -> reports.cpdRecord(person(), format, referenceDate());
            case Reports.CALENDAR -> sessionReports.calendar(schoolId, format, referenceDate());
            default -> reports.school(report, format, schoolId, referenceDate());
          };
      return DefaultStreamedContent.builder()
          .name(file.fileName())
          .contentType(file.contentType())
          .contentLength(file.size())
          .stream(file::stream)
          .build();
    } catch (InvalidInputException e) {
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return null;
    }
  }

  private Optional<ReportJob> job() {
    return jobs.find(jobId);
  }

  public boolean isJobShown() {
    return job().isPresent();
  }

  public boolean isJobRunning() {
    return job().map(j -> !j.isDone()).orElse(false);
  }

  public boolean isJobReady() {
    return job().map(j -> j.file() != null).orElse(false);
  }

  public int getJobPercent() {
    return job().map(ReportJob::percent).orElse(0);
  }

  public String getJobStep() {
    return job().map(ReportJob::step).orElse("");
  }

  public String getJobError() {
    return job().map(ReportJob::error).orElse(null);
  }

  public String getJobFileName() {
    return job().map(ReportJob::file).map(ReportFile::fileName).orElse("");
  }

  /** The large report's file, once; the job is then forgotten. */
  public StreamedContent getJobDownload() {
    Optional<ReportFile> file = jobs.collect(jobId);
    jobId = null;
    return file.map(
            f ->
                DefaultStreamedContent.builder()
                    .name(f.fileName())
                    .contentType(f.contentType())
                    .contentLength(f.size())
                    .stream(f::stream)
                    .build())
        .orElse(null);
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
