package org.sendcpd.organisation.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sendcpd.organisation.entity.JobRole;

/**
 * Reads a job role as a school writes it. Our own code ({@code TA}) and label ("Teaching
 * assistant") always work; MIS exports carry posts in words ("Learning Support Assistant", "Deputy
 * Headteacher"), so the common English school posts map onto the role whose requirements apply.
 */
final class JobRoleNames {

  private static final Map<String, JobRole> POSTS =
      Map.ofEntries(
          Map.entry("classteacher", JobRole.TEACHER),
          Map.entry("teacher", JobRole.TEACHER),
          Map.entry("mainscaleteacher", JobRole.TEACHER),
          Map.entry("nqt", JobRole.ECT),
          Map.entry("earlycareerteacher", JobRole.ECT),
          Map.entry("teachingassistant", JobRole.TA),
          Map.entry("learningsupportassistant", JobRole.TA),
          Map.entry("lsa", JobRole.TA),
          Map.entry("classroomassistant", JobRole.TA),
          Map.entry("higherlevelteachingassistant", JobRole.HLTA),
          Map.entry("specialeducationalneedscoordinator", JobRole.SENCO),
          Map.entry("sendco", JobRole.SENCO),
          Map.entry("deputyheadteacher", JobRole.SLT),
          Map.entry("deputyhead", JobRole.SLT),
          Map.entry("assistantheadteacher", JobRole.SLT),
          Map.entry("assistanthead", JobRole.SLT),
          Map.entry("seniorleader", JobRole.SLT),
          Map.entry("headteacher", JobRole.HEADTEACHER),
          Map.entry("headofschool", JobRole.HEADTEACHER),
          Map.entry("principal", JobRole.HEADTEACHER),
          Map.entry("executiveheadteacher", JobRole.HEADTEACHER),
          Map.entry("supportstaff", JobRole.SUPPORT),
          Map.entry("administrator", JobRole.SUPPORT),
          Map.entry("officemanager", JobRole.SUPPORT),
          Map.entry("middaysupervisor", JobRole.SUPPORT),
          Map.entry("lunchtimesupervisor", JobRole.SUPPORT));

  private JobRoleNames() {}

  static Optional<JobRole> read(String value) {
    String key = key(value);
    return Arrays.stream(JobRole.values())
        .filter(r -> key(r.name()).equals(key) || key(r.label()).equals(key))
        .findFirst()
        .or(() -> Optional.ofNullable(POSTS.get(key)));
  }

  private static String key(String value) {
    return value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
