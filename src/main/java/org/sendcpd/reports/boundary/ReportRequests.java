package org.sendcpd.reports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.SchoolChoice;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.IsoDates;
import org.sendcpd.reports.control.ReportFile;
import org.sendcpd.reports.control.ReportFormat;
import org.sendcpd.reports.control.Reports;
import org.sendcpd.reports.control.SessionReports;

/**
 * Turns the parameters of a download (from the API or a screen) into a rendered report: an unknown
 * report is not found, a bad format, date or missing person or session is a 400, and access is
 * checked by the analysis, the ledger and the training calendar behind {@link Reports} and {@link
 * SessionReports}. Capacity without a school is the whole trust's for a trust lead or
 * administrator.
 */
@RequestScoped
public class ReportRequests {

  @Inject Reports reports;
  @Inject SessionReports sessionReports;
  @Inject StaffService staff;
  @Inject SchoolChoice schools;
  @Inject CurrentUser caller;

  public ReportFile render(
      String name, String extension, Long schoolId, String date, Long staffId, Long sessionId) {
    if (!Reports.exists(name)) {
      throw new NotFoundException("There is no report '" + name + "'");
    }
    ReportFormat format =
        ReportFormat.ofExtension(extension)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "'" + extension + "' is not a report format: use pdf, xlsx or csv"));
    LocalDate on = IsoDates.referenceDate(date);
    return switch (name) {
      case Reports.CPD_RECORD -> reports.cpdRecord(person(staffId), format, on);
      case Reports.IMPACT -> reports.impact(format, schools.resolve(schoolId), on, null);
      case Reports.CALENDAR -> sessionReports.calendar(schools.resolve(schoolId), format, on);
      case Reports.REGISTER -> sessionReports.register(session(sessionId), format);
      case Reports.CERTIFICATE ->
          sessionReports.certificate(session(sessionId), person(staffId), format);
      default ->
          "capacity".equals(name) && schoolId == null && reports.seesTrust()
              ? reports.trustCapacity(format, on)
              : reports.school(name, format, schools.resolve(schoolId), on);
    };
  }

  private static long session(Long sessionId) {
    if (sessionId == null) {
      throw new InvalidInputException("Name the training session with sessionId");
    }
    return sessionId;
  }

  private StaffMember person(Long staffId) {
    if (staffId == null) {
      return caller
          .staff()
          .orElseThrow(() -> new InvalidInputException("Name the person with staffId"));
    }
    return staff.find(staffId).orElseThrow(NotFoundException::new);
  }
}
