package org.sendcpd.reports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.sendcpd.reports.control.CpdHistoryTemplate;
import org.sendcpd.reports.control.ReportFile;

/** The empty CPD history workbook offered on Import CPD history. */
@Named
@RequestScoped
public class CpdHistoryTemplateDownload {

  @Inject CpdHistoryTemplate template;

  public StreamedContent getWorkbook() {
    ReportFile file = template.workbook();
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(file.contentType())
        .contentLength(file.size())
        .stream(file::stream)
        .build();
  }
}
