package org.sendcpd.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * About 25 CPD records per person over the last three years: most verified, some pending (logged by
 * the person, not yet verified), a few rejected; certified courses expire, so older certificates
 * have lapsed. Each record carries the outcomes of its course.
 */
final class RecordRows {

  static final int MEAN_RECORDS = 25;
  private static final int DAYS = 3 * 365;

  private RecordRows() {}

  static void generate(Model m, RowSink sink) {
    SplittableRandom random = new SplittableRandom(m.seed + 2);
    long record = 0;
    long outcome = 0;
    for (int i = 0; i < m.staffSchool.length; i++) {
      long staff = i + 1L;
      int school = m.staffSchool[i];
      int records = MEAN_RECORDS - 10 + random.nextInt(21);
      for (int r = 0; r < records; r++) {
        record++;
        LocalDate completed = m.today.minusDays(random.nextInt(DAYS));
        double statusDraw = random.nextDouble();
        String status =
            statusDraw < 0.78 ? "VERIFIED" : statusDraw < 0.95 ? "SELF_LOGGED" : "REJECTED";
        String source =
            status.equals("VERIFIED") && statusDraw < 0.55
                ? (statusDraw < 0.4 ? "REGISTER" : "LOGGED_BY_SENCO")
                : "SELF_LOGGED";
        boolean verified = status.equals("VERIFIED");
        if (random.nextDouble() < 0.88) {
          Model.CourseDef course = m.courseFor(school, random.nextDouble(), random.nextInt(1000));
          sink.row(
              Table.CPD_RECORD,
              record,
              staff,
              course.id(),
              course.title(),
              "Benchmark provider",
              course.delivery(),
              completed,
              BigDecimal.valueOf(course.hours()).setScale(2),
              BigDecimal.valueOf(course.cost()).setScale(2),
              source,
              status,
              verified ? "senco" + school : null,
              verified ? completed.plusDays(3).atTime(16, 0) : null,
              course.validityMonths() == null
                  ? null
                  : completed.plusMonths(course.validityMonths()));
          for (int o = 0; o < course.competences().length; o++) {
            sink.row(
                Table.CPD_OUTCOME,
                ++outcome,
                record,
                (long) course.competences()[o],
                course.levels()[o]);
          }
        } else {
          sink.row(
              Table.CPD_RECORD,
              record,
              staff,
              null,
              "Independent study " + (1 + random.nextInt(50)),
              null,
              "ONLINE",
              completed,
              BigDecimal.valueOf(1 + random.nextInt(6)).setScale(2),
              null,
              source,
              status,
              verified ? "senco" + school : null,
              verified ? completed.plusDays(3).atTime(16, 0) : null,
              null);
          sink.row(
              Table.CPD_OUTCOME,
              ++outcome,
              record,
              1L + random.nextInt(Model.COMPETENCES),
              1 + random.nextInt(2));
        }
      }
    }
  }
}
