package org.sendcpd.demand.boundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Which fields of a coverage rule differ between two reads, as the dialog labels them. */
final class RuleChanges {

  private static final Map<String, Function<CoverageRulesView.Row, Object>> FIELDS =
      new LinkedHashMap<>();

  static {
    FIELDS.put("Name", CoverageRulesView.Row::name);
    FIELDS.put("Competence", CoverageRulesView.Row::competenceCode);
    FIELDS.put("Level", CoverageRulesView.Row::level);
    FIELDS.put("Minimum holders", CoverageRulesView.Row::minHolders);
    FIELDS.put("Scope", CoverageRulesView.Row::scope);
    FIELDS.put("From", CoverageRulesView.Row::from);
    FIELDS.put("Until", CoverageRulesView.Row::to);
    FIELDS.put("Active", CoverageRulesView.Row::active);
  }

  private RuleChanges() {}

  static List<String> between(CoverageRulesView.Row before, CoverageRulesView.Row after) {
    List<String> changed = new ArrayList<>();
    FIELDS.forEach(
        (label, field) -> {
          if (!Objects.equals(field.apply(before), field.apply(after))) {
            changed.add(label);
          }
        });
    return changed;
  }
}
