package org.sendcpd.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one table the benchmark prints: figure, value, target. */
final class Results {

  private final List<String[]> rows = new ArrayList<>();

  void add(String figure, String value, String target) {
    rows.add(new String[] {figure, value, target});
    System.out.printf("  %s: %s%n", figure, value);
  }

  static String ms(double millis) {
    return Double.isNaN(millis) ? "n/a" : String.format(Locale.ROOT, "%.0f ms", millis);
  }

  static String ratio(double a, double b) {
    return Double.isNaN(a) || Double.isNaN(b) || b == 0
        ? "n/a"
        : String.format(Locale.ROOT, "%.1fx", a / b);
  }

  String table() {
    StringBuilder out = new StringBuilder("| figure | value | target |\n| --- | --- | --- |\n");
    for (String[] row : rows) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    return out.toString();
  }

  void print(String heading, Path file) throws IOException {
    String text = heading + "\n\n" + table();
    System.out.println();
    System.out.println(text);
    Files.writeString(file, text);
  }
}
