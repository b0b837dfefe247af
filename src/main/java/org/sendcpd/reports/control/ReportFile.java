package org.sendcpd.reports.control;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** A rendered report, named "school-report-yyyy-MM-dd.ext" so a folder of downloads sorts well. */
public record ReportFile(String fileName, String contentType, byte[] bytes) {

  static ReportFile of(
      String school, String report, LocalDate date, ReportFormat format, byte[] bytes) {
    return new ReportFile(
        slug(school) + "-" + report + "-" + date + "." + format.extension(),
        format.contentType(),
        bytes);
  }

  /**
   * Lower case ASCII letters and digits joined by single hyphens: "St Mary's C of E" ->
   * "st-marys-c-of-e".
   */
  static String slug(String text) {
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace("'", "")
            .replace("’", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return slug.isEmpty() ? "school" : slug;
  }
}
