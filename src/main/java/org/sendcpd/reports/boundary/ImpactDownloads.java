package org.sendcpd.reports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.reports.control.ReportFile;
import org.sendcpd.reports.control.ReportFormat;
import org.sendcpd.reports.control.Reports;

/** The impact report's downloads on the impact screen: one priority, or the whole plan. */
@Named
@RequestScoped
public class ImpactDownloads {

  @Inject Reports reports;
  @Inject CurrentUser caller;

  public StreamedContent pdf(Long priorityId) {
    return download(ReportFormat.PDF, priorityId);
  }

  public StreamedContent xlsx(Long priorityId) {
    return download(ReportFormat.XLSX, priorityId);
  }

  private StreamedContent download(ReportFormat format, Long priorityId) {
    return caller
        .schoolId()
        .map(
            school -> {
              ReportFile file = reports.impact(format, school, LocalDate.now(), priorityId);
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
}
