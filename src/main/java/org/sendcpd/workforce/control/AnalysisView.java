package org.sendcpd.workforce.control;

import java.time.LocalDate;
import java.util.List;
import org.sendcpd.analysis.CapacityReport;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.ExpertiseFinder;
import org.sendcpd.analysis.Person;
import org.sendcpd.analysis.RuleCheck;

/**
 * What one school's analysis and the whole trust's both answer: the capacity and the coverage
 * rules, who holds what, and the people and competences they name by id.
 */
public interface AnalysisView {

  /** The school analysed, or null for the whole trust. */
  Long schoolId();

  default boolean isTrust() {
    return schoolId() == null;
  }

  LocalDate date();

  int windowDays();

  CapacityReport capacity();

  /** The coverage rules, checked on the date and through the window. */
  List<RuleCheck> rules();

  /** Who holds the competence at the level or above on the date, highest level first. */
  List<ExpertiseFinder.Expert> holders(long competenceId, int minLevel);

  Person person(long staffId);

  CompetenceRef competence(long competenceId);

  /** Every competence of the frameworks with its ladder, in the frameworks' order. */
  List<CompetenceRef> competences();

  /** Answers made from this analysis, kept with it. */
  KeptAnswers answers();
}
