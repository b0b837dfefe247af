package org.sendcpd.framework.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sendcpd.framework.control.FrameworkDraft.AreaDraft;
import org.sendcpd.framework.control.FrameworkDraft.CompetenceDraft;
import org.sendcpd.framework.entity.Competence;

/**
 * Everything wrong with a draft, each problem named by what it is about ("levels[2].name", "TS5-03:
 * ..."), so the editor can refuse the whole draft before changing anything.
 */
final class FrameworkDraftCheck {

  private final EntityManager em;
  private final FrameworkDraft draft;
  private final List<String> problems = new ArrayList<>();

  FrameworkDraftCheck(EntityManager em, FrameworkDraft draft) {
    this.em = em;
    this.draft = draft;
  }

  List<String> problems() {
    text("name", draft.getName(), 200, true);
    text("version", draft.getVersion(), 40, true);
    text("source", draft.getSource(), 300, false);
    text("description", draft.getDescription(), 2000, false);
    levels();
    List<String> newCodes = areasAndCompetences();
    codesFree(newCodes);
    cells();
    return problems;
  }

  private void levels() {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < draft.getLevels().size(); i++) {
      String name = draft.getLevels().get(i).getName();
      if (text("levels[" + (i + 1) + "].name", name, 100, true)
          && !names.add(name.trim().toLowerCase(Locale.ROOT))) {
        problems.add("levels[" + (i + 1) + "].name: " + name.trim() + " appears twice");
      }
    }
    if (draft.getLevels().isEmpty()) {
      problems.add("levels: a framework needs at least one level");
    }
  }

  private List<String> areasAndCompetences() {
    Set<String> areaCodes = new HashSet<>();
    Set<String> codes = new HashSet<>();
    List<String> newCodes = new ArrayList<>();
    for (AreaDraft area : draft.getAreas()) {
      String where = "area " + (area.getCode() == null ? "" : area.getCode().trim());
      if (text(where + ": code", area.getCode(), 20, true)
          && !areaCodes.add(area.getCode().trim())) {
        problems.add(where + ": code appears twice");
      }
      text(where + ": name", area.getName(), 200, true);
      for (CompetenceDraft c : area.getCompetences()) {
        String code = c.getCode() == null ? "" : c.getCode().trim();
        if (!text("competence " + code + ": code", c.getCode(), 20, true)) {
          continue;
        }
        if (!codes.add(code)) {
          problems.add("competence " + code + ": code appears twice");
        } else if (c.getId() == null && !c.isRemoved()) {
          newCodes.add(code);
        }
        if (!c.isRemoved()) {
          text("competence " + code + ": statement", c.getStatement(), 1000, true);
        } else if (c.getId() != null) {
          removable(c, code);
        }
      }
    }
    return newCodes;
  }

  private void removable(CompetenceDraft c, String code) {
    List<String> uses = CompetenceUses.of(em, c.getId());
    if (!uses.isEmpty()) {
      problems.add(
          "competence " + code + ": cannot be removed, it is used by " + String.join(", ", uses));
    }
    long cells = draft.requirementsOf(code);
    if (cells > 0) {
      problems.add(
          "competence "
              + code
              + ": cannot be removed, clear its "
              + cells
              + " requirement(s) in the matrix first");
    }
  }

  private void codesFree(List<String> newCodes) {
    if (newCodes.isEmpty()) {
      return;
    }
    for (Competence taken :
        em.createNamedQuery(Competence.FIND_BY_CODES, Competence.class)
            .setParameter("codes", newCodes)
            .getResultList()) {
      problems.add(
          "competence "
              + taken.getCode()
              + ": code is used already in "
              + taken.getArea().getFramework().getName());
    }
  }

  private void cells() {
    int top = draft.getLevels().size();
    for (Map.Entry<String, String> cell : draft.getCells().entrySet()) {
      String value = cell.getValue();
      if (value == null || value.isBlank()) {
        continue;
      }
      int rank;
      try {
        rank = Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        rank = 0;
      }
      if (rank < 1 || rank > top) {
        problems.add("requirement " + cell.getKey() + ": level must be between 1 and " + top);
      }
    }
  }

  /** True when the text is there (or may be absent) and short enough. */
  private boolean text(String what, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(what + ": is missing or empty");
      }
      return false;
    }
    if (value.trim().length() > max) {
      problems.add(what + ": is longer than " + max + " characters");
      return false;
    }
    return true;
  }
}
