package org.sendcpd.assessment.control;

import java.io.Serializable;
import java.util.List;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.ConfidenceCheck;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.workforce.control.SchoolAnalysis;

/**
 * Where a person stands in one competence asked of them, as the observation and self-assessment
 * screens show it: the level asked and held, the engine's status, their own confidence (null when
 * not rated) and the ladder of the competence's framework, lowest first.
 */
public record CompetenceStanding(
    long staffId,
    String person,
    String competenceCode,
    String statement,
    String framework,
    int requiredRank,
    String required,
    String held,
    String status,
    Integer confidence,
    List<String> ladder)
    implements Serializable {

  /** Every competence asked of the person on the analysis date, in the frameworks' order. */
  public static List<CompetenceStanding> of(
      SchoolAnalysis analysis, long staffId, ConfidenceCheck confidence) {
    return analysis.gapsOf(staffId).stream()
        .filter(c -> c.required() > 0)
        .map(c -> of(analysis, c, confidence.confidenceOf(c)))
        .toList();
  }

  public static CompetenceStanding of(SchoolAnalysis analysis, GapCell cell, Integer confidence) {
    CompetenceRef c = analysis.competence(cell.competenceId());
    return new CompetenceStanding(
        cell.staffId(),
        analysis.person(cell.staffId()).name(),
        c.code(),
        c.statement(),
        c.frameworkName(),
        cell.required(),
        c.levelName(cell.required()),
        cell.held() == 0 ? null : c.levelName(cell.held()),
        cell.status().name(),
        confidence,
        List.copyOf(c.levelNames()));
  }
}
