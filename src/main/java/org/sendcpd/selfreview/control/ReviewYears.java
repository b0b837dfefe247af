package org.sendcpd.selfreview.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.selfreview.entity.SelfReview;

/** Academic years as schools write them ("2026/27"), and the year before one. */
public final class ReviewYears {

  private static final Pattern YEAR = Pattern.compile(SelfReview.ACADEMIC_YEAR);

  private ReviewYears() {}

  public static String require(String year) {
    if (year == null || !YEAR.matcher(year).matches()) {
      throw new InvalidInputException(
          "academicYear must look like 2026/27",
          List.of(Map.of("field", "academicYear", "message", "write it like 2026/27")));
    }
    return year;
  }

  /** The academic year a date falls in, September to August: 31 August 2026 is in "2025/26". */
  public static String of(LocalDate date) {
    int start = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
    return String.format("%d/%02d", start, (start + 1) % 100);
  }

  /** "2026/27" gives "2025/26". */
  public static String previous(String year) {
    int start = Integer.parseInt(require(year).substring(0, 4)) - 1;
    return String.format("%d/%02d", start, (start + 1) % 100);
  }

  /** 1 September of the year's start, the first day the year's figures count. */
  public static LocalDate firstDay(String year) {
    return LocalDate.of(Integer.parseInt(require(year).substring(0, 4)), 9, 1);
  }

  /** 31 August of the year's end. */
  public static LocalDate lastDay(String year) {
    return firstDay(year).plusYears(1).minusDays(1);
  }
}
