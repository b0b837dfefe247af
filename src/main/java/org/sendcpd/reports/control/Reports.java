package org.sendcpd.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sendcpd.gaps.control.TrustOverview;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.training.control.CpdLedger;
import org.sendcpd.workforce.control.SchoolAnalysis;
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
      List.of("training-gap", "capacity", "expiries", "sen-information");

  public static final String CPD_RECORD = "cpd-record";

  /** The reports of the training calendar: a term's sessions, a session's sheet, a certificate. */
  public static final String CALENDAR = "calendar";

  public static final String REGISTER = "register";

  public static final String CERTIFICATE = "certificate";

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

  Clock clock = Clock.systemDefaultZone();

  public static boolean exists(String name) {
    return SCHOOL_REPORTS.contains(name)
        || CPD_RECORD.equals(name)
        || SESSION_REPORTS.contains(name);
  }

  public static boolean offers(String name, ReportFormat format) {
    return format != ReportFormat.CSV || MATRICES.contains(name);
  }

  /** One of the school-wide reports of a school on a date. */
  public ReportFile school(String name, ReportFormat format, long schoolId, LocalDate date) {
    requireFormat(name, format);
    SchoolAnalysis analysis = gaps.school(schoolId, date);
    ReportHeader header = header(schoolId, date);
    ReportData data =
        switch (name) {
          case "training-gap" -> TrainingGapData.of(analysis, header);
          case "capacity" -> CapacityData.of(analysis, header);
          case "expiries" -> ExpiriesData.of(analysis, header);
          case "sen-information" -> SenInformationData.of(analysis, header);
          default -> throw new InvalidInputException("'" + name + "' is not a school report");
        };
    return file(name, format, header, data, "School", schoolId);
  }

  /** Whether the caller may have the whole trust's reports. */
  public boolean seesTrust() {
    return gaps.seesTrust();
  }

  /** The capacity report over every school of the trust, for trust leads and administrators. */
  public ReportFile trustCapacity(ReportFormat format, LocalDate date) {
    try {
      return trustCapacityTask(format, date, ReportProgress.NONE).call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Checks access, loads the whole trust and audits the request now (in the caller's request); the
   * task then analyses, fills (with a virtualizer) and exports, and may run on another thread since
   * it needs nothing of the request.
   */
  public Callable<ReportFile> trustCapacityTask(
      ReportFormat format, LocalDate date, ReportProgress progress) {
    requireFormat("capacity", format);
    SchoolAnalysis trust = gaps.trust(date);
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
      progress.at(20, "Analysing " + schools.size() + " schools");
      ReportData data = TrustCapacityData.of(trust, TrustOverview.of(trust, schools), header);
      progress.at(50, "Filling and exporting the pages");
      byte[] bytes = renderer.renderLarge(data, format);
      progress.at(100, "Ready");
      return ReportFile.of(TRUST, "capacity", date, format, bytes);
    };
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
    String what = name + "." + format.extension() + (detail.isEmpty() ? "" : " " + detail);
    audit.record(caller.username(), "REPORT_DOWNLOADED", type, id, what);
    return ReportFile.of(header.schoolName(), name, header.date(), format, bytes);
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
