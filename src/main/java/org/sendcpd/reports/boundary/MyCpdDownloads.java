package org.sendcpd.reports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.reports.control.ReportFile;
import org.sendcpd.reports.control.ReportFormat;
import org.sendcpd.reports.control.Reports;
import org.sendcpd.reports.control.SessionReports;

/** The downloads on My CPD: the person's whole record as a PDF and their certificates. */
@Named
@RequestScoped
public class MyCpdDownloads {

  @Inject CurrentUser caller;
  @Inject Reports reports;
  @Inject SessionReports sessionReports;

  private Map<Long, Long> certificateSessions;

  /** The signed-in person's own CPD record as a PDF, for an appraisal or a job move. */
  public StreamedContent getRecordPdf() {
    return caller
        .staff()
        .map(
            me -> {
              ReportFile file = reports.cpdRecord(me, ReportFormat.PDF, LocalDate.now());
              return (StreamedContent)
                  DefaultStreamedContent.builder()
                      .name(file.fileName())
                      .contentType(file.contentType())
                      .contentLength(file.size())
                      .stream(file::stream)
                      .build();
            })
        .orElse(null);
  }

  /**
   * The in-house session a line's certificate of attendance comes from, or null when the line has
   * none (not from an in-house register, or not marked present).
   */
  public Long certificateSession(long recordId) {
    if (certificateSessions == null) {
      certificateSessions = sessionReports.myCertificates();
    }
    return certificateSessions.get(recordId);
  }
}
