package org.sendcpd.training.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.training.entity.Course;

/**
 * One record a CPD history will make: the first of its lines gives the record's values, each line
 * may add one competence, and the other lines may repeat the values but not contradict them.
 */
final class HistoryRecord {

  final HistoryEntry first;
  final StaffMember person;
  final Course course;
  final Map<Competence, Integer> outcomes = new LinkedHashMap<>();

  HistoryRecord(HistoryEntry first, StaffMember person, Course course) {
    this.first = first;
    this.person = person;
    this.course = course;
  }

  /** Adds a line's competence, saying what contradicts the record's first line. */
  void add(HistoryEntry entry, Competence competence, List<String> problems) {
    if (entry != first) {
      same("delivery", first.delivery(), entry.delivery(), problems);
      same("hours", first.hours(), entry.hours(), problems);
      same("expires_on", first.expiresOn(), entry.expiresOn(), problems);
      same("provider", first.provider(), entry.provider(), problems);
      same("cost", first.cost(), entry.cost(), problems);
    }
    if (competence != null && outcomes.putIfAbsent(competence, entry.level()) != null) {
      problems.add(
          competence.getCode()
              + " is given twice for the same record (line "
              + first.line()
              + " starts it)");
    }
  }

  private void same(String column, Object kept, Object given, List<String> problems) {
    boolean differ =
        given != null
            && kept != null
            && (given instanceof java.math.BigDecimal b
                ? b.compareTo((java.math.BigDecimal) kept) != 0
                : !Objects.equals(kept, given));
    if (differ || (given != null && kept == null)) {
      problems.add(
          column
              + " differs from line "
              + first.line()
              + " of the same record (same email, course_title and completed_on)");
    }
  }
}
