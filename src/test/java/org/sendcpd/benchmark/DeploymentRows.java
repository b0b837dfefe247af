package org.sendcpd.benchmark;

import java.util.SplittableRandom;
import org.sendcpd.benchmark.JobRoleMix.Role;

/**
 * Where the classroom staff work: teachers, ECTs, TAs and HLTAs are deployed to their team's group;
 * part-timers on fewer days; a quarter of the TAs and HLTAs split the week with a second group
 * (mornings in one, afternoons in another count as both), so capacity by group and the day-by-day
 * rules have real weeks to count.
 */
final class DeploymentRows {

  private static final String[] WEEK = {"MON", "TUE", "WED", "THU", "FRI"};
  private static final String[] GROUPS = {
    "EYFS", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6", "KS3", "KS4"
  };

  private DeploymentRows() {}

  static void generate(Model m, RowSink sink) {
    SplittableRandom random = new SplittableRandom(m.seed + 7);
    long id = 0;
    for (int i = 0; i < m.size.staff(); i++) {
      Role role = m.staffRole[i];
      if (role != Role.TEACHER && role != Role.ECT && role != Role.TA && role != Role.HLTA) {
        continue;
      }
      long school = m.staffSchool[i];
      int days = random.nextDouble() < 0.7 ? 5 : 2 + random.nextInt(3);
      int start = random.nextInt(6 - days);
      boolean split = (role == Role.TA || role == Role.HLTA) && random.nextDouble() < 0.25;
      sink.row(Table.STAFF_DEPLOYMENT, ++id, school, i + 1L, m.staffTeam[i], days(start, days));
      if (split) {
        String other = GROUPS[random.nextInt(GROUPS.length)];
        sink.row(Table.STAFF_DEPLOYMENT, ++id, school, i + 1L, other, days(start, days));
      }
    }
  }

  private static String days(int start, int count) {
    return String.join(",", java.util.Arrays.copyOfRange(WEEK, start, start + count));
  }
}
