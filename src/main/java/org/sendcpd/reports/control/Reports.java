package org.sendcpd.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sendcpd.gaps.control.TrustOverview;
import org.sendcpd.impact.control.PriorityImpact;
import org.sendcpd.impact.control.PriorityImpacts;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.selfreview.control.ReviewYears;
import org.sendcpd.selfreview.control.SelfReviewPicture;
import org.sendcpd.selfreview.control.SelfReviewPictures;
import org.sendcpd.training.control.CpdLedger;
import org.sendcpd.workforce.control.SchoolAnalysis;
import org.sendcpd.workforce.control.TrustAnalysis;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/**
 * The reports the screens and the API offer, by name, rendered from the analysis with the usual
 * access checks: a school's reports for those who see the school (WorkforceAnalyses checks), a
 * person's CPD record for them, their line manager and those who see their school (CpdLedger
 * checks). Every download is audited with ids only.
 */
@ApplicationScoped
public class Reports {

  /** The school-wide reports, in the order the screen offers them. */
  public static final List<String> SCHOOL_REPORTS =
      List.of("training-gap", "capacity", "expiries", "sen-information", "self-review");

  /** The governors' summary of the self-review of the reference date's academic year. */
  public static final String SELF_REVIEW = "self-review";

  public static final String CPD_RECORD = "cpd-record";

  /** The reports of the training calendar: a term's sessions, a session's sheet, a certificate. */
  public static final String CALENDAR = "calendar";

  public static final String REGISTER = "register";

  public static final String CERTIFICATE = "certificate";

  /** The impact of CPD per development-plan priority, for governors (PDF, or XLSX as data). */
  public static final String IMPACT = "impact";

  private static final Set<String> SESSION_REPORTS = Set.of(CALENDAR, REGISTER, CERTIFICATE);

  /** What a whole-trust report's file name starts with. */
  static final String TRUST = "trust";

  /** The reports that are matrices, offered as CSV too. */
  static final Set<String> MATRICES = Set.of("training-gap", "capacity");

  @Inject WorkforceAnalyses gaps;
  @Inject CpdLedger ledger;
  @Inject StaffService staff;
  @Inject CurrentUser caller;
  @Inject ReportRenderer renderer;
  @Inject AuditLog audit;
  @Inject LargeReports large;
  @Inject SelfReviewPictures selfReviews;
  @Inject PriorityImpacts impacts;

  Clock clock = Clock.systemDefaultZone();

  public static boolean exists(String name) {
    return SCHOOL_REPORTS.contains(name)
        || CPD_RECORD.equals(name)
        || SESSION_REPORTS.contains(name)
        || IMPACT.equals(name);
  }

  public static boolean offers(String name, ReportFormat format) {
    return format != ReportFormat.CSV || MATRICES.contains(name);
  }

  /**
   * One of the school-wide reports of a school on a date: in memory for a school of ordinary size;
   * for a large one spooled to a file, when a turn for a large report is free (else busy).
   */
  public ReportFile school(String name, ReportFormat format, long schoolId, LocalDate date) {
    requireSchoolReport(name, format);
    if (SELF_REVIEW.equals(name)) {
      return selfReview(format, schoolId, date);
    }
    SchoolAnalysis analysis = gaps.school(schoolId, date);
    ReportHeader header = header(schoolId, date);
    if (isLarge(analysis, format)) {
      audited(name, format, "School", schoolId);
      return large.now(() -> spooled(name, format, analysis, header, ReportProgress.NONE));
    }
    return file(name, format, header, schoolData(name, analysis, header), "School", schoolId);
  }

  /** Whether that school report would be large: the screens then make it in the background. */
  public boolean isLarge(String name, ReportFormat format, long schoolId, LocalDate date) {
    return SCHOOL_REPORTS.contains(name)
        && !SELF_REVIEW.equals(name)
        && isLarge(gaps.school(schoolId, date), format);
  }

  private boolean isLarge(SchoolAnalysis analysis, ReportFormat format) {
    return format != ReportFormat.CSV
        && large.isLarge(analysis.peopleInPost().size(), analysis.workforce().competences().size());
  }

  /**
   * A school report for a background job: access is checked, the analysis loaded and the request
   * audited now (in the caller's request); the task then waits for a turn for a large report, fills
   * and spools the file, and needs nothing of the request.
   */
  public Callable<ReportFile> schoolTask(
      String name, ReportFormat format, long schoolId, LocalDate date, ReportProgress progress) {
    requireSchoolReport(name, format);
    SchoolAnalysis analysis = gaps.school(schoolId, date);
    ReportHeader header = header(schoolId, date);
    audited(name, format, "School", schoolId);
    return () -> large.whenFree(() -> spooled(name, format, analysis, header, progress), progress);
  }

  private ReportFile spooled(
      String name,
      ReportFormat format,
      SchoolAnalysis analysis,
      ReportHeader header,
      ReportProgress progress) {
    progress.at(8, "Preparing the rows");
    Path file = renderer.spool(schoolData(name, analysis, header), format, progress);
    progress.at(100, "Ready");
    return ReportFile.spooled(header.schoolName(), name, header.date(), format, file);
  }

  private static ReportData schoolData(String name, SchoolAnalysis analysis, ReportHeader header) {
    return switch (name) {
      case "training-gap" -> TrainingGapData.of(analysis, header);
      case "capacity" -> CapacityData.of(analysis, header);
      case "expiries" -> ExpiriesData.of(analysis, header);
      case "sen-information" -> SenInformationData.of(analysis, header);
      default -> throw new InvalidInputException("'" + name + "' is not a school report");
    };
  }

  private static void requireSchoolReport(String name, ReportFormat format) {
    requireFormat(name, format);
    if (!SCHOOL_REPORTS.contains(name)) {
      throw new InvalidInputException("'" + name + "' is not a school report");
    }
  }

  /** Whether the caller may have the whole trust's reports. */
  public boolean seesTrust() {
    return gaps.seesTrust();
  }

  /**
   * The capacity report over every school of the trust, for trust leads and administrators, made in
   * the request when a turn for a large report is free (else busy).
   */
  public ReportFile trustCapacity(ReportFormat format, LocalDate date) {
    return large.now(trustCapacityWork(format, date, ReportProgress.NONE));
  }

  /** The same for a background job, which waits for its turn. */
  public Callable<ReportFile> trustCapacityTask(
      ReportFormat format, LocalDate date, ReportProgress progress) {
    Callable<ReportFile> work = trustCapacityWork(format, date, progress);
    return () -> large.whenFree(work, progress);
  }

  /**
   * Checks access and audits the request now (in the caller's request); the work then loads the
   * whole trust, analyses, fills (with a virtualizer) and spools, and may run on another thread
   * since it needs nothing of the request. The trust is loaded only in its turn: it is the largest
   * thing the server ever holds.
   */
  private Callable<ReportFile> trustCapacityWork(
      ReportFormat format, LocalDate date, ReportProgress progress) {
    requireFormat("capacity", format);
    Supplier<TrustAnalysis> load = gaps.trustLater(date);
    List<School> schools = staff.schools();
    ReportHeader header =
        new ReportHeader(
            "All " + schools.size() + " schools of the trust",
            date,
            LocalDateTime.now(clock),
            caller.username());
    audit.record(
        caller.username(), "REPORT_DOWNLOADED", "Trust", null, "capacity." + format.extension());
    return () -> {
      progress.at(8, "Loading and analysing " + schools.size() + " schools");
      TrustAnalysis trust = load.get();
      ReportData data = TrustCapacityData.of(trust, TrustOverview.of(trust, schools), header);
      Path file = renderer.spool(data, format, progress);
      progress.at(100, "Ready");
      return ReportFile.spooled(TRUST, "capacity", date, format, file);
    };
  }

  /**
   * The self-review of the academic year of the date, on one page, beside last year's, with the
   * indicators as at the date.
   */
  ReportFile selfReview(ReportFormat format, long schoolId, LocalDate date) {
    String year = ReviewYears.of(date);
    SelfReviewPicture picture = selfReviews.of(schoolId, year, date);
    ReportHeader header = header(schoolId, date);
    return file(
        SELF_REVIEW, format, header, SelfReviewData.of(picture, header), "School", schoolId);
  }

  /**
   * The impact report of a school on a date: its priorities of that year and the year before (or
   * one priority). The PDF is laid out for reading; the XLSX is the same figures as a data table.
   */
  public ReportFile impact(ReportFormat format, long schoolId, LocalDate date, Long priorityId) {
    requireFormat(IMPACT, format);
    List<PriorityImpact> chains = impacts.of(schoolId, date, priorityId);
    ReportHeader header = header(schoolId, date);
    return file(IMPACT, format, header, ImpactData.of(chains, header), "School", schoolId);
  }

  /** One person's CPD record on a date. */
  public ReportFile cpdRecord(StaffMember person, ReportFormat format, LocalDate date) {
    requireFormat(CPD_RECORD, format);
    SchoolAnalysis analysis = gaps.forPerson(person, date);
    if (analysis.person(person.getId()) == null) {
      throw new InvalidInputException(person.getFullName() + " has no record in the analysis");
    }
    ReportHeader header = header(person.getSchool().getId(), date);
    ReportData data = CpdRecordData.of(analysis, person.getId(), ledger.of(person, date), header);
    return file(CPD_RECORD, format, header, data, "StaffMember", person.getId());
  }

  ReportFile file(
      String name,
      ReportFormat format,
      ReportHeader header,
      ReportData data,
      String type,
      long id) {
    return file(name, format, header, data, type, id, "");
  }

  /** Renders and audits a download; the detail names further ids ("staff 12"), never content. */
  ReportFile file(
      String name,
      ReportFormat format,
      ReportHeader header,
      ReportData data,
      String type,
      long id,
      String detail) {
    byte[] bytes = renderer.render(data, format);
    audited(name, format, type, id, detail);
    return ReportFile.of(header.schoolName(), name, header.date(), format, bytes);
  }

  private void audited(String name, ReportFormat format, String type, long id) {
    audited(name, format, type, id, "");
  }

  private void audited(String name, ReportFormat format, String type, long id, String detail) {
    String what = name + "." + format.extension() + (detail.isEmpty() ? "" : " " + detail);
    audit.record(caller.username(), "REPORT_DOWNLOADED", type, id, what);
  }

  ReportHeader header(long schoolId, LocalDate date) {
    return new ReportHeader(
        staff.school(schoolId).getName(), date, LocalDateTime.now(clock), caller.username());
  }

  static void requireFormat(String name, ReportFormat format) {
    if (!offers(name, format)) {
      throw new InvalidInputException(
          "The "
              + name
              + " report comes as PDF or XLSX; CSV is for the training-gap and capacity matrices");
    }
  }
}
