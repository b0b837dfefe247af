package org.sendcpd.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The entities and the migrations describe the same schema: every table the migrations create is
 * mapped, and every mapped table has exactly the columns its entity maps. Nothing generates DDL, so
 * this is what catches a renamed field or a forgotten column before a query does. Every named query
 * parses and runs.
 */
class SchemaMappingTest {

  static JpaTestDatabase db;

  @BeforeAll
  static void migrate() {
    db = JpaTestDatabase.start();
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void everyEntityOfThePersistenceUnitRootIsFound() {
    Set<String> names = new TreeSet<>();
    db.emf().getMetamodel().getEntities().forEach(e -> names.add(e.getJavaType().getSimpleName()));
    assertEquals(
        new TreeSet<>(
            List.of(
                "School",
                "StaffMember",
                "UserAccount",
                "SignInThrottle",
                "AuditEvent",
                "SkillsFramework",
                "FrameworkLevel",
                "Area",
                "Competence",
                "RoleRequirement",
                "Course",
                "CourseOutcome",
                "TrainingSession",
                "Booking",
                "CpdRecord",
                "CpdOutcome",
                "Evidence",
                "Observation",
                "SelfAssessment",
                "SchoolPriority",
                "DevelopmentPlan",
                "PriorityAction",
                "AppraisalCycle",
                "Appraisal",
                "Objective",
                "ObjectiveTarget",
                "OutreachOffer",
                "SupportRequest",
                "ObjectiveReview",
                "NeedProfile",
                "NeedCount",
                "CoverageRule",
                "Notification",
                "CalendarFeed",
                "SchoolYear",
                "SchoolTerm",
                "InsetDay",
                "SelfReview",
                "QuestionnaireTally",
                "QuestionnaireRespondent",
                "FollowUp",
                "SessionEvaluation",
                "PriorityMeasure",
                "StaffDeployment")),
        names);
  }

  @Test
  void mappedColumnsAreExactlyTheMigratedColumns() throws SQLException {
    Map<String, Set<String>> mapped = MappedSchema.mapped(db.emf());
    try (Connection connection = db.connect()) {
      Map<String, Set<String>> migrated = MappedSchema.migrated(connection, db.schema());
      assertEquals(migrated.keySet(), mapped.keySet(), "tables");
      migrated.forEach((table, columns) -> assertEquals(columns, mapped.get(table), table));
    }
    assertTrue(mapped.containsKey("CPD_RECORD"));
  }

  @Test
  void everyNamedQueryParsesAndRuns() {
    List<String> names = db.inTransaction(NamedQueries::runAll);
    assertTrue(names.size() >= 40, names::toString);
    assertTrue(names.contains("CpdOutcome.findVerifiedOrPendingBySchool"));
  }
}
