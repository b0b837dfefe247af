package org.sendcpd.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The chain from training to pupils for one development-plan priority, term by term, as the SENCO
 * and governors read it: inputs (people trained, CPD hours, spend on training that evidences the
 * priority's competences), reaction (attendees' ratings), learning (their confidence before and
 * after), use in practice (follow-ups tried or embedded) and pupil outcomes (the priority's
 * measures). Everything is placed in the term it happened in: training by completion, ratings by
 * the session's day, a follow-up by its answer (or, while unanswered, by the day it fell due),
 * measures by the day they were taken; nothing after the reference date counts.
 *
 * <p>The chain shows what happened beside what changed, which is association, not cause: pupils'
 * progress has many causes, and the figures cannot say how much of it the training made.
 */
public final class ImpactChain {

  public static final String ASSOCIATION_NOT_CAUSE =
      "These figures sit side by side; they show association, not cause. Pupils' progress has many"
          + " causes, and the training is one of them at most.";

  /** Verified training that evidences one of the priority's competences. */
  public record Training(long staffId, LocalDate completedOn, BigDecimal hours, BigDecimal cost) {}

  /** An attendee's rating of a session on that day. */
  public record DatedRating(LocalDate on, EvaluationAverages.Rating rating) {}

  /** A follow-up of such training: due on a day, answered (or not) on a day. */
  public record Use(LocalDate dueOn, FollowUpStage stage, LocalDate answeredOn) {}

  /** A number about a group of pupils; {@code outOf} null for a plain count. */
  public record Measure(LocalDate takenOn, String label, BigDecimal value, BigDecimal outOf) {

    /** The value as a percentage of {@code outOf}, one decimal; null for a plain count. */
    public BigDecimal percent() {
      return outOf == null || outOf.signum() <= 0
          ? null
          : value.multiply(BigDecimal.valueOf(100)).divide(outOf, 1, RoundingMode.HALF_UP);
    }
  }

  /** Follow-ups by how far the change came, and those due with no answer yet. */
  public record UseCounts(int notYet, int tried, int embedded, int due) {
    public int answered() {
      return notYet + tried + embedded;
    }
  }

  /** One term of the chain. */
  public record Link(
      SchoolTerms.Term term,
      int peopleTrained,
      BigDecimal cpdHours,
      BigDecimal spend,
      EvaluationAverages evaluation,
      UseCounts followUps,
      List<Measure> measures) {}

  private ImpactChain() {}

  /** The chain per term of the year, up to and including {@code asOf}. */
  public static List<Link> of(
      List<SchoolTerms.Term> terms,
      List<Training> training,
      List<DatedRating> ratings,
      List<Use> uses,
      List<Measure> measures,
      LocalDate asOf) {
    List<Link> links = new ArrayList<>();
    for (SchoolTerms.Term term : terms) {
      links.add(
          link(
              term,
              inTerm(training, Training::completedOn, term, asOf),
              inTerm(ratings, DatedRating::on, term, asOf),
              uses,
              inTerm(measures, Measure::takenOn, term, asOf),
              asOf));
    }
    return List.copyOf(links);
  }

  /** The whole year in one line: people are counted once however many terms they trained in. */
  public static Link total(List<Link> links, List<Training> training, LocalDate asOf) {
    SchoolTerms.Term first = links.get(0).term();
    SchoolTerms.Term year =
        new SchoolTerms.Term("Year", first.from(), links.get(links.size() - 1).term().to());
    List<Training> done = inTerm(training, Training::completedOn, year, asOf);
    Set<Long> people = new HashSet<>();
    done.forEach(t -> people.add(t.staffId()));
    int answers = links.stream().mapToInt(l -> l.evaluation().answers()).sum();
    return new Link(
        year,
        people.size(),
        sum(done, Training::hours),
        sum(done, Training::cost),
        weighted(links, answers),
        new UseCounts(
            links.stream().mapToInt(l -> l.followUps().notYet()).sum(),
            links.stream().mapToInt(l -> l.followUps().tried()).sum(),
            links.stream().mapToInt(l -> l.followUps().embedded()).sum(),
            links.stream().mapToInt(l -> l.followUps().due()).sum()),
        links.stream().flatMap(l -> l.measures().stream()).toList());
  }

  private static Link link(
      SchoolTerms.Term term,
      List<Training> done,
      List<DatedRating> ratings,
      List<Use> uses,
      List<Measure> measures,
      LocalDate asOf) {
    Set<Long> people = new HashSet<>();
    done.forEach(t -> people.add(t.staffId()));
    return new Link(
        term,
        people.size(),
        sum(done, Training::hours),
        sum(done, Training::cost),
        EvaluationAverages.of(ratings.stream().map(DatedRating::rating).toList()),
        uses(uses, term, asOf),
        measures);
  }

  private static UseCounts uses(List<Use> uses, SchoolTerms.Term term, LocalDate asOf) {
    int notYet = 0;
    int tried = 0;
    int embedded = 0;
    int due = 0;
    for (Use use : uses) {
      boolean answered = use.stage() != null && !use.answeredOn().isAfter(asOf);
      if (answered && term.contains(use.answeredOn())) {
        switch (use.stage()) {
          case NOT_YET -> notYet++;
          case TRIED -> tried++;
          case EMBEDDED -> embedded++;
        }
      } else if (!answered && !use.dueOn().isAfter(asOf) && term.contains(use.dueOn())) {
        due++;
      }
    }
    return new UseCounts(notYet, tried, embedded, due);
  }

  /**
   * The year's averages from the terms' own: only terms whose averages are shown count (and only
   * their answers are counted), so subtracting a term from the year never reveals what a term below
   * five answers held back.
   */
  private static EvaluationAverages weighted(List<Link> links, int answers) {
    List<Link> shown = links.stream().filter(l -> l.evaluation().shown()).toList();
    int n = shown.stream().mapToInt(l -> l.evaluation().answers()).sum();
    if (n < EvaluationAverages.MIN_ANSWERS) {
      return new EvaluationAverages(answers, null, null, null);
    }
    return new EvaluationAverages(
        n,
        mean(shown, n, EvaluationAverages::usefulness),
        mean(shown, n, EvaluationAverages::confidenceBefore),
        mean(shown, n, EvaluationAverages::confidenceAfter));
  }

  private static Double mean(List<Link> shown, int n, Function<EvaluationAverages, Double> of) {
    double total = 0;
    for (Link l : shown) {
      total += of.apply(l.evaluation()) * l.evaluation().answers();
    }
    return Math.round(total / n * 10) / 10.0;
  }

  private static <T> List<T> inTerm(
      List<T> items, Function<T, LocalDate> day, SchoolTerms.Term term, LocalDate asOf) {
    return items.stream()
        .filter(i -> term.contains(day.apply(i)) && !day.apply(i).isAfter(asOf))
        .toList();
  }

  private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> amount) {
    return items.stream()
        .map(amount)
        .filter(a -> a != null)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
