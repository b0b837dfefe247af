package org.sendcpd.framework.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sendcpd.framework.control.FrameworkDocument.LevelDoc;
import org.sendcpd.framework.control.FrameworkDocument.RequirementDoc;
import org.sendcpd.organisation.entity.JobRole;

/**
 * The rows of a requirements file, checked against the competences file and the ladder: a known job
 * role (any case), a competence code from the competences file, and a level given by its rank or
 * its name (any case). A role has at most one requirement per competence, as the framework stores
 * one level for each.
 */
final class RequirementRows {

  private final Set<String> codes;
  private final List<LevelDoc> levels;
  private final Set<String> seen = new HashSet<>();
  private final List<RequirementDoc> requirements = new ArrayList<>();

  RequirementRows(Set<String> codes, List<LevelDoc> levels) {
    this.codes = codes;
    this.levels = levels;
  }

  void add(CsvRow row) {
    String roleText = row.cell("job_role", 20);
    String code = row.cell("competence_code", 20);
    String levelText = row.cell("level", 100);
    JobRole role = roleText.isEmpty() ? null : role(row, roleText);
    if (!code.isEmpty() && !codes.contains(code)) {
      row.problem("competence_code " + code + " is not in the competences file");
    }
    int rank = levelText.isEmpty() ? 0 : rank(row, levelText);
    if (role != null && codes.contains(code) && rank > 0) {
      if (!seen.add(role + "/" + code)) {
        row.problem(role + " already has a requirement for " + code);
      } else {
        requirements.add(new RequirementDoc(role, code, rank));
      }
    }
  }

  List<RequirementDoc> requirements() {
    return List.copyOf(requirements);
  }

  /** The role, or null once the unknown name has been reported. */
  private static JobRole role(CsvRow row, String text) {
    try {
      return JobRole.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      row.problem(
          "job_role '"
              + text
              + "' is not one of "
              + String.join(", ", Arrays.stream(JobRole.values()).map(Enum::name).toList()));
      return null;
    }
  }

  /** The rank of a level name or number, or 0 once the unknown level has been reported. */
  private int rank(CsvRow row, String text) {
    for (LevelDoc level : levels) {
      if (level.name().equalsIgnoreCase(text)) {
        return level.rank();
      }
    }
    try {
      int rank = Integer.parseInt(text);
      if (rank >= 1 && rank <= levels.size()) {
        return rank;
      }
    } catch (NumberFormatException notANumber) {
      // reported below, as for a number off the ladder
    }
    row.problem(
        "level '"
            + text
            + "' is not between 1 and "
            + levels.size()
            + " nor a level name ("
            + String.join(", ", levels.stream().map(LevelDoc::name).toList())
            + ")");
    return 0;
  }
}
