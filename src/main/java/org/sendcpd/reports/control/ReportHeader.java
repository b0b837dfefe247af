package org.sendcpd.reports.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * What every report prints at its head and foot: the school, the reference date and who generated
 * it when. The templates read these as the parameters SCHOOL_NAME, REFERENCE_DATE, REPORT_TITLE and
 * GENERATED.
 */
public record ReportHeader(
    String schoolName, LocalDate date, LocalDateTime generatedAt, String generatedBy) {

  public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /** The parameters of a report with this title. */
  public Map<String, Object> parameters(String title) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("SCHOOL_NAME", schoolName);
    parameters.put("REFERENCE_DATE", DAY.format(date));
    parameters.put("REPORT_TITLE", title);
    parameters.put("GENERATED", "Generated " + MINUTE.format(generatedAt) + " by " + generatedBy);
    return parameters;
  }

  public static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }
}
