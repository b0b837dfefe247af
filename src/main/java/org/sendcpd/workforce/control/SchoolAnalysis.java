package org.sendcpd.workforce.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendcpd.analysis.CapacityReport;
import org.sendcpd.analysis.ClosingCourse;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.ExpertiseFinder;
import org.sendcpd.analysis.GapAnalyser;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.GapReport;
import org.sendcpd.analysis.GroupGapAdvice;
import org.sendcpd.analysis.Person;
import org.sendcpd.analysis.RuleCheck;
import org.sendcpd.analysis.SchoolComparison;
import org.sendcpd.analysis.WholeSchoolIndicators;
import org.sendcpd.analysis.Workforce;
import org.sendcpd.analysis.WorkforceEngine;

/**
 * One school's records (or the whole trust's, when schoolId is null) loaded for one reference date,
 * with the engine over them and lookups by id, so a screen or an API answer reads names and codes
 * without going back to the database. The engine works on whatever the workforce holds, so the same
 * gaps, capacity and rules answer for a school or for every school of the trust. Shared between
 * requests through {@link AnalysisCache}, so what is worked out lazily is guarded.
 */
public final class SchoolAnalysis implements AnalysisView {

  private final Long schoolId;
  private final LocalDate date;
  private final int windowDays;
  private final Workforce workforce;
  private final WorkforceEngine engine;
  private final GapAnalyser analyser;
  private final Map<Long, Person> people;
  private final Map<Long, CompetenceRef> competences;
  private GapReport gaps;
  private CapacityReport capacity;
  private List<RuleCheck> rules;
  private List<Person> inPost;
  private WholeSchoolIndicators wholeSchool;
  private final KeptAnswers answers = new KeptAnswers();

  public SchoolAnalysis(Long schoolId, LocalDate date, int windowDays, Workforce workforce) {
    this.schoolId = schoolId;
    this.date = date;
    this.windowDays = windowDays;
    this.workforce = workforce;
    this.engine = new WorkforceEngine(workforce);
    this.analyser = engine.gaps();
    this.people =
        workforce.people().stream().collect(Collectors.toMap(Person::id, Function.identity()));
    this.competences =
        workforce.competences().stream()
            .collect(Collectors.toMap(CompetenceRef::id, Function.identity()));
  }

  @Override
  public Long schoolId() {
    return schoolId;
  }

  @Override
  public LocalDate date() {
    return date;
  }

  @Override
  public int windowDays() {
    return windowDays;
  }

  public Workforce workforce() {
    return workforce;
  }

  /**
   * The people in post on the date in the workforce's order (surname, first name, id): the people
   * the matrix has rows for, in the order the API pages through them.
   */
  public synchronized List<Person> peopleInPost() {
    if (inPost == null) {
      inPost = workforce.people().stream().filter(p -> p.inPostOn(date)).toList();
    }
    return inPost;
  }

  /** The whole school's matrix, computed once. */
  public synchronized GapReport gaps() {
    if (gaps == null) {
      gaps = analyser.gaps(date, windowDays);
    }
    return gaps;
  }

  @Override
  public synchronized CapacityReport capacity() {
    if (capacity == null) {
      capacity = engine.capacity().capacity(date, windowDays);
    }
    return capacity;
  }

  /** The school's coverage rules, checked now and through the window. */
  @Override
  public synchronized List<RuleCheck> rules() {
    if (rules == null) {
      rules = engine.rules().check(date, windowDays);
    }
    return rules;
  }

  /** The self-review's indicators of the school analysed (not of the trust). */
  public synchronized WholeSchoolIndicators wholeSchool() {
    if (schoolId == null) {
      throw new IllegalStateException("The whole-school indicators are one school's");
    }
    if (wholeSchool == null) {
      wholeSchool = engine.wholeSchool().indicators(schoolId, date, windowDays);
    }
    return wholeSchool;
  }

  /** Capacity with lapses counted over another horizon than the window (the dashboard's year). */
  public CapacityReport capacityOver(int days) {
    return engine.capacity().capacity(schoolId, date, days);
  }

  /** Who holds the competence at the level or above on the date, in every school analysed. */
  @Override
  public List<ExpertiseFinder.Expert> holders(long competenceId, int minLevel) {
    return engine.expertise().holders(competenceId, minLevel, date);
  }

  /** Who could fill a group-day gap in the school analysed. */
  public GroupGapAdvice adviseOnGap(String group, String areaOfNeed, DayOfWeek day) {
    return engine.groupGaps().advise(schoolId, group, areaOfNeed, day, date);
  }

  public List<GapCell> gapsOf(long staffId) {
    return analyser.gapsOf(staffId, date, windowDays);
  }

  public List<ClosingCourse> howToClose(GapCell cell) {
    return analyser.howToClose(cell, date);
  }

  @Override
  public Person person(long staffId) {
    return people.get(staffId);
  }

  @Override
  public CompetenceRef competence(long competenceId) {
    return competences.get(competenceId);
  }

  @Override
  public List<CompetenceRef> competences() {
    return workforce.competences();
  }

  /** What the trust's answers need of this school (not of a trust's analysis). */
  public TrustPart part() {
    if (schoolId == null) {
      throw new IllegalStateException("A part is one school's");
    }
    CapacityReport capacity = capacity();
    List<RuleCheck> rules = rules();
    SchoolComparison.Figures figures =
        engine.comparison(gaps(), capacity, rules).stream()
            .filter(f -> schoolId.equals(f.schoolId()))
            .findFirst()
            .orElse(SchoolComparison.none(schoolId));
    return new TrustPart(
        schoolId,
        workforce.people(),
        workforce.competences(),
        capacity,
        rules,
        figures,
        engine.expertise().table(date));
  }

  @Override
  public KeptAnswers answers() {
    return answers;
  }
}
