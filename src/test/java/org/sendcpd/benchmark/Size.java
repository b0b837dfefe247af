package org.sendcpd.benchmark;

import java.util.Locale;

/** How much data to generate: named sizes of the benchmark, or any other for tests. */
record Size(String name, int schools, int staff) {

  static final Size SCHOOL = new Size("school", 1, 60);
  static final Size TRUST = new Size("trust", 90, 10_000);
  static final Size NETWORK = new Size("network", 850, 50_000);

  /** One school as large as a staff CSV import allows: the large-report check (BigSchoolCheck). */
  static final Size BIG_SCHOOL = new Size("bigschool", 1, 10_000);

  static Size named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "school" -> SCHOOL;
      case "trust" -> TRUST;
      case "network" -> NETWORK;
      case "bigschool" -> BIG_SCHOOL;
      default ->
          throw new IllegalArgumentException(
              "size '" + name + "' is not one of school, trust, network, bigschool");
    };
  }
}
