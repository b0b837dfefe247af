package org.sendcpd.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.analysis.WorkforceFixture.DATE;
import static org.sendcpd.analysis.WorkforceFixture.OTHER_SCHOOL;
import static org.sendcpd.analysis.WorkforceFixture.SCHOOL;
import static org.sendcpd.analysis.WorkforceFixture.WINDOW;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A school's own framework asks things of its own staff only, and never less than the trust's. */
class SchoolFrameworksTest {

  private static final long HERE = 7;
  private static final long THERE = 8;
  private static final long CI = 11;
  private static final long SP = 12;

  private static WorkforceFixture twoSchools() {
    return new WorkforceFixture()
        .competence(CI, "COMMUNICATION_AND_INTERACTION")
        .competence(SP, 2, "SENSORY_AND_PHYSICAL")
        .person(HERE, SCHOOL, "TA", "Year 2", 1.0)
        .person(THERE, OTHER_SCHOOL, "TA", "Year 2", 1.0)
        .require("TA", CI, 2);
  }

  private static Optional<GapCell> cell(Workforce w, long person, long competence) {
    return new GapAnalyser(w)
        .gapsOf(person, DATE, WINDOW).stream()
            .filter(c -> c.competenceId() == competence)
            .findFirst();
  }

  @Test
  void aSchoolRequirementAsksItsOwnStaffOnly() {
    Workforce w = twoSchools().requireIn(SCHOOL, "TA", SP, 2).build();
    assertEquals(GapStatus.GAP, cell(w, HERE, SP).orElseThrow().status());
    assertEquals(2, cell(w, HERE, SP).orElseThrow().required());
    assertTrue(cell(w, THERE, SP).isEmpty(), "the other school's TA is asked nothing new");
  }

  @Test
  void theSharedRequirementsStillCountInASchoolWithItsOwn() {
    Workforce w = twoSchools().requireIn(SCHOOL, "TA", SP, 1).build();
    assertEquals(2, cell(w, HERE, CI).orElseThrow().required());
    assertEquals(2, cell(w, THERE, CI).orElseThrow().required());
  }

  @Test
  void aSchoolCanRaiseButNeverLowerWhatTheTrustAsks() {
    Workforce raised = twoSchools().requireIn(SCHOOL, "TA", CI, 3).build();
    assertEquals(3, cell(raised, HERE, CI).orElseThrow().required());
    assertEquals(2, cell(raised, THERE, CI).orElseThrow().required());
    Workforce lowered = twoSchools().requireIn(SCHOOL, "TA", CI, 1).build();
    assertEquals(2, cell(lowered, HERE, CI).orElseThrow().required());
  }

  @Test
  void singlePointsOfFailureCountASchoolsOwnRequirements() {
    Workforce w = twoSchools().requireIn(SCHOOL, "TA", SP, 1).verified(HERE, SP, 1).build();
    CapacityReport here = new CapacityAnalyser(w).capacity(SCHOOL, DATE, WINDOW);
    CapacityReport there = new CapacityAnalyser(w).capacity(OTHER_SCHOOL, DATE, WINDOW);
    assertTrue(
        here.singlePoints().stream().anyMatch(p -> p.competenceId() == SP),
        "one holder of a competence the school requires");
    assertTrue(there.singlePoints().stream().noneMatch(p -> p.competenceId() == SP));
  }
}
