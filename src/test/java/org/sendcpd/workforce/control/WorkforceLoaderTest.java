package org.sendcpd.workforce.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.Evidence;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.analysis.RuleCheck;
import org.sendcpd.analysis.Workforce;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.testing.DemoDatabase;
import org.sendcpd.testing.JpaTestDatabase;

/** The loader's projection queries read the demo school whole, and the engine answers from it. */
class WorkforceLoaderTest {

  static JpaTestDatabase db;
  static Workforce workforce;
  static long schoolId;

  @BeforeAll
  static void loadDemo() {
    db = JpaTestDatabase.start();
    DemoDatabase.load(db);
    workforce =
        db.inTransaction(
            em -> {
              schoolId =
                  em.createNamedQuery(School.FIND_ALL, School.class).getResultList().get(0).getId();
              WorkforceLoader loader = DemoAnalysis.loader(em);
              return loader.load(schoolId, DemoDatabase.TODAY);
            });
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void readsEveryTableOfTheSchool() {
    assertEquals(40, workforce.people().size());
    assertTrue(workforce.competences().size() >= 55, "three shipped frameworks");
    assertFalse(workforce.requirements().isEmpty());
    assertEquals(
        14, workforce.objectiveTargets().stream().map(t -> t.objectiveId()).distinct().count());
    assertFalse(workforce.courses().isEmpty());
    assertTrue(workforce.courses().stream().allMatch(c -> !c.outcomes().isEmpty()));
    assertFalse(workforce.sessions().isEmpty(), "sessions from today on");
    assertTrue(
        workforce.sessions().stream()
            .allMatch(s -> !s.startsAt().toLocalDate().isBefore(DemoDatabase.TODAY)));
    assertEquals(6, workforce.rules().size());
    assertFalse(workforce.needs().isEmpty());
  }

  @Test
  void theTrustIsEverySchoolsRowsReadWithTheSameQueries() {
    Workforce trust =
        db.inTransaction(
            em -> {
              WorkforceLoader loader = DemoAnalysis.loader(em);
              return loader.loadTrust(DemoDatabase.TODAY);
            });
    Set<Long> schools = trust.people().stream().map(p -> p.schoolId()).collect(Collectors.toSet());
    assertTrue(schools.size() >= 3, "Oakfield and the trust's other demo schools");
    assertTrue(trust.people().containsAll(workforce.people()));
    assertTrue(trust.evidence().containsAll(workforce.evidence()));
    assertTrue(trust.rules().size() > workforce.rules().size());
    assertTrue(trust.needs().size() > workforce.needs().size());
    assertEquals(workforce.competences(), trust.competences());
  }

  @Test
  void theSchoolConditionIsTheIndexedColumnAndTheTrustsHoldsForEveryRow() {
    assertEquals(
        "SELECT s.id FROM StaffMember s WHERE s.school.id = :school",
        WorkforceQuery.scoped("SELECT s.id FROM StaffMember s WHERE SCOPE(s.school.id)", false));
    assertEquals(
        "SELECT s.id FROM StaffMember s WHERE s.school.id IS NOT NULL",
        WorkforceQuery.scoped("SELECT s.id FROM StaffMember s WHERE SCOPE(s.school.id)", true));
  }

  @Test
  void evidenceIsVerifiedOrPendingNeverRejected() {
    Set<Evidence.Status> statuses =
        workforce.evidence().stream().map(Evidence::status).collect(Collectors.toSet());
    assertEquals(Set.of(Evidence.Status.VERIFIED, Evidence.Status.PENDING), statuses);
    assertTrue(workforce.activities().size() > 200, "verified records' hours and costs");
  }

  @Test
  void levelNamesComeFromEachFrameworksLadder() {
    CompetenceRef send =
        workforce.competences().stream()
            .filter(c -> c.code().equals("CI-01"))
            .findFirst()
            .orElseThrow();
    assertEquals("Enhanced", send.levelName(2));
    assertEquals("COMMUNICATION_AND_INTERACTION", send.areaOfNeed());
  }

  @Test
  void theEngineFindsTheDemosGapsAndItsBreachedRule() {
    SchoolAnalysis analysis = new SchoolAnalysis(schoolId, DemoDatabase.TODAY, 90, workforce);
    assertTrue(analysis.gaps().cells().stream().anyMatch(c -> c.status() == GapStatus.GAP));
    assertTrue(analysis.gaps().cells().stream().anyMatch(c -> c.status() == GapStatus.PENDING));
    assertTrue(analysis.rules().stream().anyMatch(RuleCheck::breachedNow));
    assertFalse(analysis.capacity().singlePoints().isEmpty());
  }
}
