package org.sendcpd.framework.control;

import java.util.Map;

/**
 * One data row of an imported CSV file: the file and line it came from, its trimmed values by
 * column name, and where its problems are reported, so that every message names the right line.
 */
final class CsvRow {

  private final String file;
  private final long line;
  private final Map<String, String> values;
  private final CsvProblems problems;

  CsvRow(String file, long line, Map<String, String> values, CsvProblems problems) {
    this.file = file;
    this.line = line;
    this.values = values;
    this.problems = problems;
  }

  long line() {
    return line;
  }

  /**
   * The value of a required column, or "" when it is empty or longer than {@code max}; either is
   * reported. A too-long value counts as empty so that nothing is built from it.
   */
  String cell(String column, int max) {
    String value = values.getOrDefault(column, "");
    if (value.isEmpty()) {
      problem(column + " is empty");
    } else if (value.length() > max) {
      problem(column + " is longer than " + max + " characters");
      return "";
    }
    return value;
  }

  void problem(String message) {
    problems.add(file, line, message);
  }
}
