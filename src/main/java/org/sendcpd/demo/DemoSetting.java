package org.sendcpd.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.training.entity.Course;

/**
 * What the parts of the demo share: the school, the day of loading (scenario dates are offsets from
 * it) and what earlier parts created, by the keys the demo files use.
 */
final class DemoSetting {

  static final ZoneId ZONE = ZoneId.of("Europe/London");
  private static final LocalTime AFTER_SCHOOL = LocalTime.of(16, 0);

  final School school;
  final LocalDate today;
  final Instant now;
  final Map<String, StaffMember> staff = new HashMap<>();
  final Map<String, Competence> competences = new HashMap<>();
  final Map<String, Course> courses = new HashMap<>();

  DemoSetting(School school, Clock clock) {
    this.school = school;
    this.now = clock.instant();
    this.today = LocalDate.ofInstant(now, ZONE);
  }

  LocalDate day(int offset) {
    return today.plusDays(offset);
  }

  /** The moment something happened on a date (after school, London time), never in the future. */
  Instant at(LocalDate date) {
    return at(date.atTime(AFTER_SCHOOL));
  }

  Instant at(LocalDateTime time) {
    Instant instant = time.atZone(ZONE).toInstant();
    return instant.isAfter(now) ? now : instant;
  }

  StaffMember person(String email) {
    return find(staff, email.toLowerCase(Locale.ROOT), "staff member");
  }

  Competence competence(String code) {
    return find(competences, code, "competence");
  }

  Course course(String code) {
    return find(courses, code, "course");
  }

  StaffMember withRole(JobRole role) {
    return staff.values().stream()
        .filter(s -> s.getJobRole() == role)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The demo staff has no " + role));
  }

  /** The username of a demo account: the part of the work email before the '@'. */
  static String username(StaffMember person) {
    String email = person.getEmail();
    return email.substring(0, email.indexOf('@'));
  }

  private static <T> T find(Map<String, T> map, String key, String what) {
    T value = map.get(key);
    if (value == null) {
      throw new IllegalStateException("The demo content names an unknown " + what + ": " + key);
    }
    return value;
  }
}
