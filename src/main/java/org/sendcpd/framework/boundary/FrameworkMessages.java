package org.sendcpd.framework.boundary;

import java.util.List;
import org.sendcpd.framework.control.CsvProblem;
import org.sendcpd.platform.control.InvalidInputException;

/** Turns refused input into lines a person can act on: file and line, or field path. */
final class FrameworkMessages {

  private FrameworkMessages() {}

  static List<String> of(InvalidInputException e) {
    if (e.details().isEmpty()) {
      return List.of(e.getMessage());
    }
    return e.details().stream().map(FrameworkMessages::line).toList();
  }

  private static String line(Object detail) {
    if (detail instanceof CsvProblem p) {
      return p.line() > 0
          ? p.file() + " file, line " + p.line() + ": " + p.message()
          : p.file() + ": " + p.message();
    }
    return String.valueOf(detail);
  }
}
