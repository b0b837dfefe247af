package org.sendcpd.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AcademicYearTest {

  @Test
  void theYearTurnsOnTheFirstOfSeptember() {
    assertEquals("2025/26", AcademicYear.of(LocalDate.of(2026, 8, 31)));
    assertEquals("2026/27", AcademicYear.of(LocalDate.of(2026, 9, 1)));
    assertEquals("2026/27", AcademicYear.of(LocalDate.of(2026, 11, 23)));
    assertEquals("2026/27", AcademicYear.of(LocalDate.of(2027, 1, 4)));
  }

  @Test
  void theCenturyTurnsInTheSecondPart() {
    assertEquals("2099/00", AcademicYear.of(LocalDate.of(2099, 10, 1)));
    assertEquals("2008/09", AcademicYear.of(LocalDate.of(2009, 7, 20)));
  }
}
