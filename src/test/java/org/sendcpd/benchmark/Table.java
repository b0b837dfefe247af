package org.sendcpd.benchmark;

import java.util.List;

/**
 * The tables the generator fills, parents before children, with the columns it writes (every NOT
 * NULL column of the migrated schema, ids included).
 */
enum Table {
  SCHOOL("school", "id", "name", "urn", "phase"),
  STAFF_MEMBER(
      "staff_member",
      "id",
      "school_id",
      "first_name",
      "last_name",
      "email",
      "job_role",
      "team",
      "fte",
      "start_date",
      "left_date",
      "line_manager_id"),
  USER_ACCOUNT(
      "user_account",
      "id",
      "username",
      "password_hash",
      "staff_member_id",
      "enabled",
      "created_at"),
  ACCOUNT_ROLE("account_role", "account_id", "role_name"),
  SKILLS_FRAMEWORK("skills_framework", "id", "name", "version", "source", "description", "active"),
  FRAMEWORK_LEVEL("framework_level", "id", "framework_id", "level_rank", "name"),
  AREA("area", "id", "framework_id", "code", "name", "sort_order", "area_of_need"),
  COMPETENCE("competence", "id", "area_id", "code", "statement", "sort_order"),
  ROLE_REQUIREMENT(
      "role_requirement", "id", "framework_id", "job_role", "competence_id", "level_rank"),
  COURSE(
      "course",
      "id",
      "school_id",
      "title",
      "delivery",
      "provider",
      "hours",
      "cost_per_place",
      "validity_months",
      "active"),
  COURSE_OUTCOME("course_outcome", "id", "course_id", "competence_id", "level_rank"),
  TRAINING_SESSION(
      "training_session",
      "id",
      "course_id",
      "school_id",
      "starts_at",
      "ends_at",
      "place",
      "capacity",
      "status",
      "ical_sequence"),
  BOOKING("booking", "id", "session_id", "staff_member_id", "status", "booked_at"),
  CPD_RECORD(
      "cpd_record",
      "id",
      "staff_member_id",
      "course_id",
      "title",
      "provider",
      "delivery",
      "completed_on",
      "hours",
      "cost",
      "source",
      "status",
      "verified_by",
      "verified_at",
      "expires_on"),
  CPD_OUTCOME("cpd_outcome", "id", "record_id", "competence_id", "level_rank"),
  SCHOOL_PRIORITY(
      "school_priority", "id", "school_id", "academic_year", "title", "area_of_need", "status"),
  APPRAISAL_CYCLE(
      "appraisal_cycle", "id", "school_id", "academic_year", "starts_on", "ends_on", "status"),
  APPRAISAL("appraisal", "id", "cycle_id", "staff_member_id", "appraiser_id"),
  OBJECTIVE("objective", "id", "appraisal_id", "objective_text", "priority_id", "status"),
  OBJECTIVE_TARGET("objective_target", "id", "objective_id", "competence_id", "level_rank"),
  NEED_PROFILE("need_profile", "id", "school_id", "year_group", "recorded_on"),
  NEED_COUNT("need_count", "id", "profile_id", "area_of_need", "pupils", "ehc_plans"),
  COVERAGE_RULE(
      "coverage_rule",
      "id",
      "school_id",
      "name",
      "competence_id",
      "level_rank",
      "min_holders",
      "scope",
      "active"),
  STAFF_DEPLOYMENT("staff_deployment", "id", "school_id", "staff_id", "group_name", "days");

  final String sqlName;
  final List<String> columns;

  Table(String sqlName, String... columns) {
    this.sqlName = sqlName;
    this.columns = List.of(columns);
  }

  /** True when the first column is a generated identity the app continues after the load. */
  boolean hasIdentity() {
    return columns.get(0).equals("id");
  }
}
