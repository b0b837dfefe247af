package org.sendcpd.reports.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sendcpd.analysis.EvaluationAverages;
import org.sendcpd.analysis.ImpactChain;
import org.sendcpd.impact.control.PriorityImpact;

/**
 * The impact report as tables for a spreadsheet: the chain (a row per priority and term, then the
 * year; numbers as numbers, days as dates, empty where fewer than five answered) and the measures,
 * so a governor's spreadsheet can sort and sum them without unpicking a printed layout.
 */
final class ImpactSheets {

  private ImpactSheets() {}

  static List<SheetTable> of(List<PriorityImpact> impacts) {
    List<List<?>> chain = new ArrayList<>();
    List<List<?>> measures = new ArrayList<>();
    for (PriorityImpact p : impacts) {
      for (ImpactChain.Link link : p.terms()) {
        chain.add(chainRow(p, link));
        for (ImpactChain.Measure m : link.measures()) {
          measures.add(
              Arrays.asList(
                  p.title(),
                  p.academicYear(),
                  m.takenOn(),
                  m.label(),
                  m.value(),
                  m.outOf(),
                  m.percent()));
        }
      }
      chain.add(chainRow(p, p.year()));
    }
    return List.of(
        new SheetTable(
            "Chain",
            List.of(
                SheetColumn.text("Priority"),
                SheetColumn.text("Academic year"),
                SheetColumn.text("Term"),
                SheetColumn.of("From", CellKind.DATE),
                SheetColumn.of("To", CellKind.DATE),
                SheetColumn.of("People trained", CellKind.WHOLE),
                SheetColumn.of("CPD hours", CellKind.DECIMAL),
                SheetColumn.of("Spend", CellKind.MONEY),
                SheetColumn.of("Evaluation answers", CellKind.WHOLE),
                SheetColumn.of("Usefulness (of 5)", CellKind.DECIMAL),
                SheetColumn.of("Confidence before (of 4)", CellKind.DECIMAL),
                SheetColumn.of("Confidence after (of 4)", CellKind.DECIMAL),
                SheetColumn.of("Follow-ups not yet", CellKind.WHOLE),
                SheetColumn.of("Follow-ups tried", CellKind.WHOLE),
                SheetColumn.of("Follow-ups embedded", CellKind.WHOLE),
                SheetColumn.of("Follow-ups due", CellKind.WHOLE),
                SheetColumn.text("Competences")),
            chain),
        new SheetTable(
            "Measures",
            List.of(
                SheetColumn.text("Priority"),
                SheetColumn.text("Academic year"),
                SheetColumn.of("Taken on", CellKind.DATE),
                SheetColumn.text("Measure"),
                SheetColumn.of("Value", CellKind.DECIMAL),
                SheetColumn.of("Out of", CellKind.DECIMAL),
                SheetColumn.of("Percent", CellKind.DECIMAL)),
            measures));
  }

  private static List<?> chainRow(PriorityImpact p, ImpactChain.Link l) {
    EvaluationAverages e = l.evaluation();
    return Arrays.asList(
        p.title(),
        p.academicYear(),
        l.term().name(),
        l.term().from(),
        l.term().to(),
        l.peopleTrained(),
        l.cpdHours(),
        l.spend(),
        e.answers(),
        e.usefulness(),
        e.confidenceBefore(),
        e.confidenceAfter(),
        l.followUps().notYet(),
        l.followUps().tried(),
        l.followUps().embedded(),
        l.followUps().due(),
        String.join(", ", p.competences()));
  }
}
