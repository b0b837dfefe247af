package org.sendcpd.reports.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.sendcpd.reports.control.ReportFile;
import org.sendcpd.reports.control.ReportFormat;
import org.sendcpd.reports.control.ReportJob;
import org.sendcpd.reports.control.ReportJobs;
import org.sendcpd.reports.control.Reports;

/**
 * The reports screen's whole-trust capacity report for trust leads and administrators: started as a
 * job on the server, its progress polled, then downloaded under a clear name.
 */
@Named
@ViewScoped
public class TrustReportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReportJobs jobs;
  @Inject Reports reports;

  private LocalDate date = LocalDate.now();
  private ReportFormat format = ReportFormat.PDF;
  private String jobId;

  public boolean isAvailable() {
    return reports.seesTrust();
  }

  public void start() {
    jobId = jobs.startTrustCapacity(format, date == null ? LocalDate.now() : date);
  }

  private Optional<ReportJob> job() {
    return jobs.find(jobId);
  }

  public boolean isRunning() {
    return job().map(j -> !j.isDone()).orElse(false);
  }

  public boolean isReady() {
    return job().map(j -> j.file() != null).orElse(false);
  }

  public int getPercent() {
    return job().map(ReportJob::percent).orElse(0);
  }

  public String getStep() {
    return job().map(ReportJob::step).orElse("");
  }

  public String getError() {
    return job().map(ReportJob::error).orElse(null);
  }

  public String getFileName() {
    return job().map(ReportJob::file).map(ReportFile::fileName).orElse("");
  }

  /** The finished file, once; the job is then forgotten. */
  public StreamedContent getDownload() {
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

  public List<ReportFormat> getFormats() {
    return Arrays.stream(ReportFormat.values()).filter(f -> Reports.offers("capacity", f)).toList();
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public ReportFormat getFormat() {
    return format;
  }

  public void setFormat(ReportFormat format) {
    this.format = format;
  }
}
