package org.sendcpd.reports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.reports.control.ReportFile;
import org.sendcpd.reports.control.ReportFormat;
import org.sendcpd.reports.control.SessionReports;

/**
 * The session reports as downloads in the signed-in session: a session's sign-in sheet from its
 * register page, a certificate of attendance from the register page or My CPD. Access is checked by
 * {@link SessionReports}; bad input becomes a message on the page.
 */
@Named
@RequestScoped
public class SessionReportDownloads {

  @Inject SessionReports reports;
  @Inject StaffService staff;
  @Inject FacesContext faces;

  private final Map<Long, Boolean> offered = new HashMap<>();

  /** The session's sign-in sheet as PDF or XLSX. */
  public StreamedContent sheet(long sessionId, String format) {
    try {
      return download(reports.register(sessionId, ReportFormat.valueOf(format)));
    } catch (InvalidInputException e) {
      return refused(e);
    }
  }

  /** The certificate of attendance of a person marked present on an in-house session. */
  public StreamedContent certificate(long sessionId, long staffId) {
    try {
      var person =
          staff
              .find(staffId)
              .orElseThrow(() -> new InvalidInputException("There is no staff member " + staffId));
      return download(reports.certificate(sessionId, person, ReportFormat.PDF));
    } catch (InvalidInputException e) {
      return refused(e);
    }
  }

  /** Whether the session's page offers certificates (in-house, register taken, school seen). */
  public boolean certificatesOffered(long sessionId) {
    return offered.computeIfAbsent(sessionId, reports::offersCertificates);
  }

  private StreamedContent refused(InvalidInputException e) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    return null;
  }

  private static StreamedContent download(ReportFile file) {
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(file.contentType())
        .contentLength(file.size())
        .stream(file::stream)
        .build();
  }
}
