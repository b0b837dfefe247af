package org.sendcpd.reports.control;

import java.util.Locale;
import java.util.Optional;

/** The file formats a report is offered in, with their media type and file extension. */
public enum ReportFormat {
  PDF("application/pdf"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  CSV("text/csv; charset=UTF-8");

  private final String contentType;

  ReportFormat(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named by a file extension, if any ("pdf", "xlsx", "csv"). */
  public static Optional<ReportFormat> ofExtension(String extension) {
    for (ReportFormat format : values()) {
      if (format.extension().equalsIgnoreCase(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** Spreadsheet formats, where a cell's text could be read as a formula. */
  public boolean isSheet() {
    return this != PDF;
  }
}
