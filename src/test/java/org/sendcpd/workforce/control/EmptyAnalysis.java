package org.sendcpd.workforce.control;

import java.time.LocalDate;
import java.util.List;
import org.sendcpd.analysis.Workforce;

/** An analysis of a school with nothing in it, for tests of what is kept beside analyses. */
public final class EmptyAnalysis {

  private EmptyAnalysis() {}

  public static SchoolAnalysis of(long schoolId, LocalDate date) {
    Workforce none =
        new Workforce(
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of());
    return new SchoolAnalysis(schoolId, date, 90, none);
  }
}
