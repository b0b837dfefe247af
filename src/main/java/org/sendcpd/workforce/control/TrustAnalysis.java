package org.sendcpd.workforce.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendcpd.analysis.CapacityMerge;
import org.sendcpd.analysis.CapacityReport;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.ExpertiseFinder;
import org.sendcpd.analysis.HolderTable;
import org.sendcpd.analysis.Person;
import org.sendcpd.analysis.RuleCheck;
import org.sendcpd.analysis.SchoolComparison;

/**
 * Every school of the trust on one date, put together from each school's own analysis ({@link
 * TrustPart}): the trust's capacity and rules are its schools', school after school, its holdings
 * their sum. Nothing here crosses schools, so the answer is the one a single analysis of all the
 * rows would give, while the server holds one school's rows at a time.
 */
public final class TrustAnalysis implements AnalysisView {

  private final LocalDate date;
  private final int windowDays;
  private final List<CompetenceRef> competences;
  private final Map<Long, CompetenceRef> competenceById;
  private final Map<Long, Person> people = new HashMap<>();
  private final Map<Long, SchoolComparison.Figures> figures = new LinkedHashMap<>();
  private final CapacityReport capacity;
  private final List<RuleCheck> rules;
  private final HolderTable holders;
  private final KeptAnswers answers = new KeptAnswers();

  /** The parts in the order of their schools' ids; the competences when there is no school. */
  TrustAnalysis(
      LocalDate date, int windowDays, List<TrustPart> parts, List<CompetenceRef> competences) {
    this.date = date;
    this.windowDays = windowDays;
    this.competences = parts.isEmpty() ? competences : parts.get(0).competences();
    this.competenceById =
        this.competences.stream()
            .collect(Collectors.toMap(CompetenceRef::id, Function.identity(), (a, b) -> a));
    List<RuleCheck> allRules = new ArrayList<>();
    for (TrustPart part : parts) {
      part.people().forEach(p -> people.put(p.id(), p));
      figures.put(part.schoolId(), part.figures());
      allRules.addAll(part.rules());
    }
    this.rules = List.copyOf(allRules);
    this.capacity =
        CapacityMerge.of(date, windowDays, parts.stream().map(TrustPart::capacity).toList());
    this.holders = HolderTable.merge(parts.stream().map(TrustPart::holders).toList());
  }

  @Override
  public Long schoolId() {
    return null;
  }

  @Override
  public LocalDate date() {
    return date;
  }

  @Override
  public int windowDays() {
    return windowDays;
  }

  @Override
  public CapacityReport capacity() {
    return capacity;
  }

  @Override
  public List<RuleCheck> rules() {
    return rules;
  }

  @Override
  public List<ExpertiseFinder.Expert> holders(long competenceId, int minLevel) {
    return holders.holders(competenceId, minLevel);
  }

  @Override
  public Person person(long staffId) {
    return people.get(staffId);
  }

  @Override
  public CompetenceRef competence(long competenceId) {
    return competenceById.get(competenceId);
  }

  @Override
  public List<CompetenceRef> competences() {
    return competences;
  }

  /** Each school's figures beside the others', by school id (every school of the trust). */
  public Map<Long, SchoolComparison.Figures> figures() {
    return Map.copyOf(figures);
  }

  @Override
  public KeptAnswers answers() {
    return answers;
  }
}
