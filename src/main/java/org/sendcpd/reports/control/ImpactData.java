package org.sendcpd.reports.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sendcpd.analysis.EvaluationAverages;
import org.sendcpd.analysis.ImpactChain;
import org.sendcpd.impact.control.PriorityImpact;

/**
 * The impact report for governors: per priority, one line per term and one for the year, reading
 * left to right along the chain (inputs, reaction, learning, use in practice, pupil outcomes), with
 * the warning that it shows association, not cause.
 */
public final class ImpactData {

  static final String HIDDEN = "fewer than 5";

  private ImpactData() {}

  public static ReportData of(List<PriorityImpact> impacts, ReportHeader header) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PriorityImpact p : impacts) {
      for (ImpactChain.Link link : p.terms()) {
        rows.add(row(p, link, false));
      }
      rows.add(row(p, p.year(), true));
    }
    Map<String, Object> parameters = header.parameters("Impact of CPD on the development plan");
    parameters.put("NOTE", ImpactChain.ASSOCIATION_NOT_CAUSE);
    parameters.put("PRIORITIES", impacts.size());
    SheetBook book =
        new SheetBook("Impact of CPD on the development plan", header, ImpactSheets.of(impacts))
            .with("Priorities", impacts.size())
            .with("Read it as", ImpactChain.ASSOCIATION_NOT_CAUSE);
    return new ReportData("impact", parameters, rows, book);
  }

  private static Map<String, Object> row(PriorityImpact p, ImpactChain.Link l, boolean year) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("priority", p.title() + " (" + p.academicYear() + ")");
    row.put(
        "competences",
        p.competences().isEmpty()
            ? "No competence linked yet"
            : "Competences: " + String.join(", ", p.competences()));
    row.put("successMeasure", p.successMeasure() == null ? "" : p.successMeasure());
    row.put(
        "term",
        year
            ? "Whole year"
            : l.term().name()
                + "\n"
                + ReportHeader.day(l.term().from())
                + " to "
                + ReportHeader.day(l.term().to()));
    row.put("year", year);
    row.put("peopleTrained", l.peopleTrained());
    row.put("cpdHours", plain(l.cpdHours()));
    row.put("spend", "£" + l.spend().setScale(2, RoundingMode.HALF_UP).toPlainString());
    EvaluationAverages e = l.evaluation();
    row.put(
        "usefulness",
        e.answers() == 0 ? "-" : e.shown() ? e.usefulness() + " (" + e.answers() + ")" : HIDDEN);
    row.put(
        "confidence",
        e.answers() == 0
            ? "-"
            : e.shown() ? e.confidenceBefore() + " → " + e.confidenceAfter() : HIDDEN);
    ImpactChain.UseCounts u = l.followUps();
    row.put(
        "use",
        u.answered() + u.due() == 0
            ? "-"
            : u.tried()
                + " tried, "
                + u.embedded()
                + " embedded\n"
                + u.notYet()
                + " not yet, "
                + u.due()
                + " due");
    row.put(
        "measures",
        year
            ? ""
            : l.measures().stream().map(ImpactData::measure).collect(Collectors.joining("\n")));
    return row;
  }

  static String measure(ImpactChain.Measure m) {
    String value = plain(m.value());
    if (m.outOf() == null) {
      return m.label() + ": " + value;
    }
    return m.label()
        + ": "
        + value
        + " of "
        + plain(m.outOf())
        + " ("
        + m.percent().toPlainString()
        + "%)";
  }

  static String plain(BigDecimal n) {
    return n.stripTrailingZeros().scale() <= 0
        ? n.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
        : n.stripTrailingZeros().toPlainString();
  }
}
