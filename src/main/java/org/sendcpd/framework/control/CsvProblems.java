package org.sendcpd.framework.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Every problem found so far in one import. The reader keeps going after a problem, so that the
 * person fixes their files once rather than one error per upload.
 */
final class CsvProblems {

  private final List<CsvProblem> found = new ArrayList<>();

  void add(String file, long line, String message) {
    found.add(new CsvProblem(file, line, message));
  }

  int count() {
    return found.size();
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  List<CsvProblem> all() {
    return List.copyOf(found);
  }
}
