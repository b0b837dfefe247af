package org.sendcpd.reports.control;

/** Told how far a long report has come: a percentage and the step it is on. */
@FunctionalInterface
public interface ReportProgress {

  ReportProgress NONE = (percent, step) -> {};

  void at(int percent, String step);
}
