package org.sendcpd.framework.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendcpd.framework.control.FrameworkDocument.LevelDoc;
import org.sendcpd.framework.control.FrameworkDocument.RequirementDoc;
import org.sendcpd.organisation.entity.JobRole;

class RequirementRowsTest {

  CsvProblems problems = new CsvProblems();
  RequirementRows rows =
      new RequirementRows(
          Set.of("X-01", "X-02"), List.of(new LevelDoc(1, "Low"), new LevelDoc(2, "High")));

  void add(long line, String role, String code, String level) {
    rows.add(
        new CsvRow(
            "requirements",
            line,
            Map.of("job_role", role, "competence_code", code, "level", level),
            problems));
  }

  @Test
  void aRoleAndALevelAreReadInAnyCaseAndALevelByRankOrName() {
    add(2, "ta", "X-01", "high");
    add(3, "Teacher", "X-02", "1");
    assertEquals(List.of(), problems.all());
    assertEquals(
        List.of(
            new RequirementDoc(JobRole.TA, "X-01", 2),
            new RequirementDoc(JobRole.TEACHER, "X-02", 1)),
        rows.requirements());
  }

  @Test
  void aRoleHasOneRequirementPerCompetence() {
    add(2, "TA", "X-01", "1");
    add(3, "TA", "X-01", "2");
    assertEquals(
        List.of(new CsvProblem("requirements", 3, "TA already has a requirement for X-01")),
        problems.all());
    assertEquals(List.of(new RequirementDoc(JobRole.TA, "X-01", 1)), rows.requirements());
  }

  @Test
  void aLevelOffTheLadderNamesTheLadder() {
    add(2, "TA", "X-01", "3");
    assertEquals(
        List.of(
            new CsvProblem(
                "requirements",
                2,
                "level '3' is not between 1 and 2 nor a level name (Low, High)")),
        problems.all());
    assertEquals(List.of(), rows.requirements());
  }

  @Test
  void everyProblemOfARowIsReported() {
    add(2, "WIZARD", "Z-99", "Expert");
    List<String> messages = problems.all().stream().map(CsvProblem::message).toList();
    assertEquals(3, messages.size(), messages.toString());
    assertTrue(messages.get(0).startsWith("job_role 'WIZARD' is not one of "), messages.get(0));
    assertEquals("competence_code Z-99 is not in the competences file", messages.get(1));
    assertTrue(messages.get(2).startsWith("level 'Expert'"), messages.get(2));
  }
}
