package org.sendcpd.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/**
 * The floor: the rows the analysis reads (the queries of WorkforceLoader, in SQL) read by plain
 * JDBC into arrays, with no mapping and no analysis. For one school, or for the whole set when the
 * school is null.
 */
final class FloorScan {

  private static final String SCHOOL = "{school}";
  private static final List<String> QUERIES =
      List.of(
          "SELECT id, school_id, first_name, last_name, job_role, team, fte, start_date, left_date"
              + " FROM staff_member s WHERE {school}",
          "SELECT c.id, c.code, c.statement, f.id, f.name, a.code, a.name, a.area_of_need"
              + " FROM competence c JOIN area a ON c.area_id = a.id"
              + " JOIN skills_framework f ON a.framework_id = f.id"
              + " ORDER BY f.name, a.sort_order, c.sort_order",
          "SELECT framework_id, level_rank, name FROM framework_level"
              + " ORDER BY framework_id, level_rank",
          "SELECT r.job_role, r.competence_id, r.level_rank FROM role_requirement r"
              + " JOIN skills_framework f ON r.framework_id = f.id WHERE f.active = TRUE",
          "SELECT o.id, a.staff_member_id, t.competence_id, t.level_rank FROM objective_target t"
              + " JOIN objective o ON t.objective_id = o.id JOIN appraisal a ON o.appraisal_id = a.id"
              + " JOIN appraisal_cycle s ON a.cycle_id = s.id WHERE {school}"
              + " AND s.status = 'OPEN' AND o.status = 'OPEN'",
          "SELECT r.id, s.id, o.competence_id, o.level_rank, r.status, r.completed_on,"
              + " r.expires_on, r.course_id FROM cpd_outcome o JOIN cpd_record r ON o.record_id = r.id"
              + " JOIN staff_member s ON r.staff_member_id = s.id WHERE {school}"
              + " AND r.status IN ('VERIFIED', 'SELF_LOGGED')",
          "SELECT c.id, c.title, c.delivery, c.hours, c.cost_per_place, c.validity_months"
              + " FROM course c WHERE c.active = TRUE AND (c.school_id IS NULL OR {course})",
          "SELECT c.id, o.competence_id, o.level_rank FROM course_outcome o"
              + " JOIN course c ON o.course_id = c.id"
              + " WHERE c.active = TRUE AND (c.school_id IS NULL OR {course})",
          "SELECT s.id, s.course_id, s.school_id, s.starts_at, s.capacity FROM training_session s"
              + " WHERE {school} AND s.starts_at >= ? AND s.status IN ('PLANNED', 'CONFIRMED')",
          "SELECT s.id, b.staff_member_id FROM booking b JOIN training_session s"
              + " ON b.session_id = s.id WHERE {school} AND s.starts_at >= ?"
              + " AND s.status IN ('PLANNED', 'CONFIRMED')"
              + " AND b.status IN ('BOOKED', 'ATTENDED', 'ABSENT')",
          "SELECT r.id, s.id, r.delivery, r.hours, r.cost, r.completed_on FROM cpd_record r"
              + " JOIN staff_member s ON r.staff_member_id = s.id WHERE {school}"
              + " AND r.status = 'VERIFIED'",
          "SELECT s.school_id, s.year_group, n.area_of_need, n.pupils, n.ehc_plans"
              + " FROM need_count n JOIN need_profile s ON n.profile_id = s.id WHERE {school}",
          "SELECT id, school_id, name, competence_id, level_rank, min_holders, scope, valid_from,"
              + " valid_to FROM coverage_rule s WHERE {school} AND active = TRUE");

  private FloorScan() {}

  /** Reads every row once; answers how many rows were read. */
  static long scan(Connection connection, Long school, LocalDate date) throws SQLException {
    long rows = 0;
    for (String query : QUERIES) {
      String sql =
          query
              .replace(SCHOOL, school == null ? "1 = 1" : "s.school_id = " + school)
              .replace("{course}", school == null ? "1 = 1" : "c.school_id = " + school);
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        if (sql.contains("?")) {
          statement.setTimestamp(1, Timestamp.valueOf(date.atStartOfDay()));
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
}
