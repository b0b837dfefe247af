package org.sendcpd.platform.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates in requests: ISO-8601 days such as 2026-11-22, real calendar days only. */
public final class IsoDates {

  private IsoDates() {}

  /** The named parameter's day, or the fallback when it is absent or blank. */
  public static LocalDate parameter(String name, String value, LocalDate whenAbsent) {
    if (value == null || value.isBlank()) {
      return whenAbsent;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "'"
              + name
              + "' is not a real date written as year-month-day, such as 2026-11-22: "
              + value);
    }
  }

  /** The {@code date} parameter of the analysis and the reports: today when absent. */
  public static LocalDate referenceDate(String value) {
    return parameter("date", value, LocalDate.now());
  }
}
