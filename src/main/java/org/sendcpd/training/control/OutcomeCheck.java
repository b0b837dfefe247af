package org.sendcpd.training.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendcpd.training.control.CourseDraft.OutcomeDraft;

/**
 * The rules for a course's outcomes: each names a known competence, once, at a level on the ladder
 * of that competence's own framework. Ladders differ (three tiers in one framework, four levels in
 * another, a single "held" level in a third), so a level is checked against the right one.
 */
public final class OutcomeCheck {

  /** A framework's ladder: its name and its level names, lowest first (rank 1). */
  public record Ladder(String framework, List<String> levels) {}

  private OutcomeCheck() {}

  /**
   * Problems with the outcomes, field by field ({@code outcomes[1].level}); empty when they are all
   * right. {@code ladders} holds the ladder of each known competence code.
   */
  public static List<Map<String, String>> problems(
      List<OutcomeDraft> outcomes, Map<String, Ladder> ladders) {
    List<Map<String, String>> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < outcomes.size(); i++) {
      OutcomeDraft outcome = outcomes.get(i);
      String field = "outcomes[" + i + "]";
      String code = outcome.competenceCode();
      Ladder ladder = code == null ? null : ladders.get(code);
      if (ladder == null) {
        problems.add(
            problem(field + ".competenceCode", "there is no competence with the code " + code));
      } else if (!seen.add(code)) {
        problems.add(problem(field + ".competenceCode", code + " is named twice"));
      } else if (outcome.level() == null
          || outcome.level() < 1
          || outcome.level() > ladder.levels().size()) {
        problems.add(
            problem(
                field + ".level",
                "level "
                    + outcome.level()
                    + " is not on the ladder of "
                    + ladder.framework()
                    + ": 1 to "
                    + ladder.levels().size()
                    + " ("
                    + String.join(", ", ladder.levels())
                    + ")"));
      }
    }
    return problems;
  }

  private static Map<String, String> problem(String field, String message) {
    return Map.of("field", field, "message", message);
  }
}
