package org.sendcpd.impact.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendcpd.analysis.ImpactChain;
import org.sendcpd.impact.control.PriorityImpact;

/** One priority's chain as the API answers it. */
public record ImpactJson(
    long priorityId,
    String title,
    String academicYear,
    List<String> competences,
    List<TermJson> terms,
    TermJson year,
    String note) {

  /** The chain in one term (or the year). */
  public record TermJson(
      String term,
      LocalDate from,
      LocalDate to,
      int peopleTrained,
      BigDecimal cpdHours,
      BigDecimal spend,
      EvaluationJson evaluation,
      Double confidenceBefore,
      Double confidenceAfter,
      FollowUpsJson followUps,
      List<MeasureJson> measures) {

    static TermJson of(ImpactChain.Link l) {
      return new TermJson(
          l.term().name(),
          l.term().from(),
          l.term().to(),
          l.peopleTrained(),
          l.cpdHours(),
          l.spend(),
          new EvaluationJson(l.evaluation().answers(), l.evaluation().usefulness()),
          l.evaluation().confidenceBefore(),
          l.evaluation().confidenceAfter(),
          new FollowUpsJson(
              l.followUps().notYet(),
              l.followUps().tried(),
              l.followUps().embedded(),
              l.followUps().due()),
          l.measures().stream()
              .map(m -> new MeasureJson(m.takenOn(), m.label(), m.value(), m.outOf(), m.percent()))
              .toList());
    }
  }

  /** How many rated the training and how useful they found it on average (null below 5). */
  @Schema(name = "ImpactEvaluation")
  public record EvaluationJson(int answers, Double usefulness) {}

  public record FollowUpsJson(int notYet, int tried, int embedded, int due) {}

  @Schema(name = "ImpactMeasure")
  public record MeasureJson(
      LocalDate takenOn, String label, BigDecimal value, BigDecimal outOf, BigDecimal percent) {}

  static ImpactJson of(PriorityImpact p) {
    return new ImpactJson(
        p.priorityId(),
        p.title(),
        p.academicYear(),
        p.competences(),
        p.terms().stream().map(TermJson::of).toList(),
        TermJson.of(p.year()),
        ImpactChain.ASSOCIATION_NOT_CAUSE);
  }
}
