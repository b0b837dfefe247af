package org.sendcpd.framework.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendcpd.framework.control.FrameworkDocument.AreaDoc;
import org.sendcpd.framework.control.FrameworkDocument.CompetenceDoc;

/**
 * The rows of a competences file grouped into areas, in the order they first appear. A competence
 * code is unique across the whole framework, because requirements name it without its area, and an
 * area keeps the name it was first given.
 */
final class CompetenceRows {

  private final Map<String, AreaBuilder> areas = new LinkedHashMap<>();
  private final Map<String, Long> firstLines = new HashMap<>();

  void add(CsvRow row) {
    String areaCode = row.cell("area_code", 20);
    String areaName = row.cell("area_name", 200);
    String code = row.cell("competence_code", 20);
    String statement = row.cell("statement", 1000);
    if (areaCode.isEmpty() || areaName.isEmpty() || code.isEmpty() || statement.isEmpty()) {
      return;
    }
    Long earlier = firstLines.get(code);
    if (earlier != null) {
      row.problem("competence_code " + code + " appears twice (first on line " + earlier + ")");
      return;
    }
    AreaBuilder area = areas.computeIfAbsent(areaCode, c -> new AreaBuilder(c, areaName));
    if (!area.name.equals(areaName)) {
      row.problem(
          "area "
              + areaCode
              + " is named '"
              + area.name
              + "' on an earlier line but '"
              + areaName
              + "' here");
      return;
    }
    area.competences.add(new CompetenceDoc(code, statement));
    firstLines.put(code, row.line());
  }

  /** The competence codes read so far, which the requirements file may name. */
  Set<String> codes() {
    return Set.copyOf(firstLines.keySet());
  }

  List<AreaDoc> areas() {
    return areas.values().stream().map(AreaBuilder::build).toList();
  }

  private static final class AreaBuilder {
    final String code;
    final String name;
    final List<CompetenceDoc> competences = new ArrayList<>();

    AreaBuilder(String code, String name) {
      this.code = code;
      this.name = name;
    }

    AreaDoc build() {
      return new AreaDoc(code, name, null, List.copyOf(competences));
    }
  }
}
