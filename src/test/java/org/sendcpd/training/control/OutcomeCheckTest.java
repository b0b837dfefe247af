package org.sendcpd.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendcpd.training.control.CourseDraft.OutcomeDraft;
import org.sendcpd.training.control.OutcomeCheck.Ladder;

class OutcomeCheckTest {

  static final Map<String, Ladder> LADDERS =
      Map.of(
          "CI-02", new Ladder("SEND", List.of("Universal", "Enhanced", "Specialist")),
          "SLC-01",
              new Ladder("Speech", List.of("Foundation", "Universal", "Enhanced", "Specialist")));

  static List<Map<String, String>> check(OutcomeDraft... outcomes) {
    return OutcomeCheck.problems(List.of(outcomes), LADDERS);
  }

  @Test
  void eachLevelIsCheckedAgainstItsOwnFrameworksLadder() {
    assertEquals(List.of(), check(new OutcomeDraft("CI-02", 3), new OutcomeDraft("SLC-01", 4)));
    List<Map<String, String>> problems = check(new OutcomeDraft("CI-02", 4));
    assertEquals("outcomes[0].level", problems.get(0).get("field"));
    assertTrue(
        problems.get(0).get("message").contains("1 to 3 (Universal, Enhanced, Specialist)"),
        problems.toString());
  }

  @Test
  void levelsBelowOneOrMissingAreRefused() {
    assertEquals(1, check(new OutcomeDraft("CI-02", 0)).size());
    assertEquals(1, check(new OutcomeDraft("CI-02", null)).size());
  }

  @Test
  void unknownAndRepeatedCompetencesAreRefusedByPosition() {
    List<Map<String, String>> problems =
        check(
            new OutcomeDraft("CI-02", 1),
            new OutcomeDraft("XX-99", 1),
            new OutcomeDraft("CI-02", 2));
    assertEquals(
        List.of("outcomes[1].competenceCode", "outcomes[2].competenceCode"),
        problems.stream().map(p -> p.get("field")).toList());
  }
}
