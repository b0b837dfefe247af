package org.sendcpd.demo;

import java.time.LocalDate;
import java.time.Month;

/** The school year a date falls in, September to August, written as schools write it. */
public final class AcademicYear {

  private AcademicYear() {}

  /**
   * The academic year of the date: "2026/27" from 1 September 2026 to 31 August 2027, so 31 August
   * 2026 still belongs to "2025/26".
   */
  public static String of(LocalDate date) {
    int start =
        date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
    return String.format("%d/%02d", start, (start + 1) % 100);
  }
}
