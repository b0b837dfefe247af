package org.sendcpd.framework.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether anything outside the framework names a competence: course outcomes, CPD outcomes,
 * objective targets and coverage rules. Those entities live in other components that depend on this
 * one, so they are named in the queries only, never imported.
 */
final class CompetenceUses {

  private static final String[][] USES = {
    {"CourseOutcome", "course outcome(s)"},
    {"CpdOutcome", "CPD record outcome(s)"},
    {"ObjectiveTarget", "appraisal objective target(s)"},
    {"CoverageRule", "coverage rule(s)"},
  };

  private CompetenceUses() {}

  /** What uses the competence, e.g. "3 course outcome(s)"; empty when nothing does. */
  static List<String> of(EntityManager em, long competenceId) {
    List<String> uses = new ArrayList<>();
    for (String[] use : USES) {
      long count =
          em.createQuery(
                  "SELECT COUNT(x) FROM "
                      + use[0]
                      + " x WHERE x.competenceLevel.competence.id = :id",
                  Long.class)
              .setParameter("id", competenceId)
              .getSingleResult();
      if (count > 0) {
        uses.add(count + " " + use[1]);
      }
    }
    return uses;
  }
}
