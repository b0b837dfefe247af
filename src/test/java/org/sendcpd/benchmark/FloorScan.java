package org.sendcpd.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floor: the rows the analysis reads (the projection queries of the workforce sources, in SQL)
 * read by plain JDBC with no mapping and no analysis. For one school every school-owned table is
 * asked {@code WHERE <school column> = ?} and reached from that school's rows through the indexes
 * the application's queries use, so the figure is what that school's rows cost whatever the size of
 * the database; for the whole set (school null) the same queries without the condition.
 */
final class FloorScan {

  /** Where a query names the school column: {@code {s.school_id}} is replaced by a condition. */
  private static final Pattern SCOPE = Pattern.compile("\\{([a-z_.]+)\\}");

  private static final String OPEN_SESSIONS = "('PLANNED', 'CONFIRMED')";
  private static final List<String> QUERIES =
      List.of(
          "SELECT s.id, s.school_id, s.first_name, s.last_name, s.job_role, s.team, s.fte,"
              + " s.start_date, s.left_date FROM staff_member s WHERE {s.school_id}"
              + " ORDER BY s.last_name, s.first_name, s.id",
          "SELECT c.id, c.code, c.statement, f.id, f.name, a.code, a.name, a.area_of_need"
              + " FROM competence c JOIN area a ON c.area_id = a.id"
              + " JOIN skills_framework f ON a.framework_id = f.id"
              + " ORDER BY f.name, a.sort_order, c.sort_order",
          "SELECT framework_id, level_rank, name FROM framework_level"
              + " ORDER BY framework_id, level_rank",
          "SELECT r.job_role, r.competence_id, r.level_rank, f.school_id FROM role_requirement r"
              + " JOIN skills_framework f ON r.framework_id = f.id WHERE f.active = TRUE",
          "SELECT o.id, a.staff_member_id, t.competence_id, t.level_rank FROM appraisal_cycle y"
              + " JOIN appraisal a ON a.cycle_id = y.id JOIN objective o ON o.appraisal_id = a.id"
              + " JOIN objective_target t ON t.objective_id = o.id WHERE {y.school_id}"
              + " AND y.status = 'OPEN' AND o.status = 'OPEN'",
          "SELECT r.id, s.id, o.competence_id, o.level_rank, r.status, r.completed_on,"
              + " r.expires_on, r.course_id FROM staff_member s"
              + " JOIN cpd_record r ON r.staff_member_id = s.id"
              + " JOIN cpd_outcome o ON o.record_id = r.id WHERE {s.school_id}"
              + " AND r.status IN ('VERIFIED', 'SELF_LOGGED')",
          "SELECT c.id, c.title, c.delivery, c.hours, c.cost_per_place, c.validity_months"
              + " FROM course c WHERE c.active = TRUE AND (c.school_id IS NULL OR {c.school_id})",
          "SELECT c.id, o.competence_id, o.level_rank FROM course c"
              + " JOIN course_outcome o ON o.course_id = c.id"
              + " WHERE c.active = TRUE AND (c.school_id IS NULL OR {c.school_id})",
          "SELECT t.id, t.course_id, t.school_id, t.starts_at, t.capacity FROM training_session t"
              + " WHERE ({t.school_id} OR t.open_to_trust = TRUE) AND t.starts_at >= :from"
              + " AND t.status IN "
              + OPEN_SESSIONS,
          "SELECT t.id, b.staff_member_id FROM training_session t"
              + " JOIN booking b ON b.session_id = t.id"
              + " WHERE ({t.school_id} OR t.open_to_trust = TRUE) AND t.starts_at >= :from"
              + " AND t.status IN "
              + OPEN_SESSIONS
              + " AND b.status IN ('BOOKED', 'ATTENDED', 'ABSENT')",
          "SELECT r.id, s.id, r.delivery, r.hours, r.cost, r.completed_on FROM staff_member s"
              + " JOIN cpd_record r ON r.staff_member_id = s.id WHERE {s.school_id}"
              + " AND r.status = 'VERIFIED'",
          "SELECT t.id, f.id, c.delivery, t.starts_at FROM staff_member f"
              + " JOIN training_session t ON t.facilitator_id = f.id"
              + " JOIN course c ON t.course_id = c.id WHERE {f.school_id}"
              + " AND t.status = 'DELIVERED' AND c.delivery IN ('IN_HOUSE', 'COACHING',"
              + " 'PEER_OBSERVATION', 'COLLABORATIVE_ENQUIRY', 'SCHOOL_TO_SCHOOL')",
          "SELECT o.id, s.id, o.competence_id, o.level_rank, o.observed_on FROM staff_member s"
              + " JOIN observation o ON o.staff_member_id = s.id WHERE {s.school_id}",
          "SELECT d.staff_id, d.group_name, d.days, d.valid_from, d.valid_to"
              + " FROM staff_deployment d WHERE {d.school_id}",
          "SELECT p.school_id, p.year_group, n.area_of_need, n.pupils, n.ehc_plans"
              + " FROM need_profile p JOIN need_count n ON n.profile_id = p.id WHERE {p.school_id}",
          "SELECT r.id, r.school_id, r.name, r.competence_id, r.level_rank, r.min_holders,"
              + " r.scope, r.valid_from, r.valid_to, r.days FROM coverage_rule r"
              + " WHERE {r.school_id} AND r.active = TRUE");

  private FloorScan() {}

  /** Reads every row once; answers how many rows were read. */
  static long scan(Connection connection, Long school, LocalDate date) throws SQLException {
    long rows = 0;
    for (String query : QUERIES) {
      List<Object> parameters = new ArrayList<>();
      String sql = bind(query, school, date, parameters);
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.size(); i++) {
          statement.setObject(i + 1, parameters.get(i));
        }
        try (ResultSet result = statement.executeQuery()) {
          int columns = result.getMetaData().getColumnCount();
          Object[] row = new Object[columns];
          while (result.next()) {
            for (int c = 0; c < columns; c++) {
              row[c] = result.getObject(c + 1);
            }
            rows++;
          }
        }
      }
    }
    return rows;
  }

  /**
   * The query's school conditions as {@code column = ?} (or true of every row for the whole set)
   * and {@code :from} as the date's start, the parameters in the order they appear.
   */
  static String bind(String query, Long school, LocalDate date, List<Object> parameters) {
    Pattern any = Pattern.compile(SCOPE.pattern() + "|:from");
    Matcher m = any.matcher(query);
    StringBuilder sql = new StringBuilder();
    while (m.find()) {
      String replacement;
      if (m.group(1) == null) {
        parameters.add(Timestamp.valueOf(date.atStartOfDay()));
        replacement = "?";
      } else if (school == null) {
        replacement = m.group(1) + " IS NOT NULL";
      } else {
        parameters.add(school);
        replacement = m.group(1) + " = ?";
      }
      m.appendReplacement(sql, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sql);
    return sql.toString();
  }
}
