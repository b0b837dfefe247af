package org.sendcpd.reports.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendcpd.selfreview.control.IndicatorLines;
import org.sendcpd.selfreview.control.QuestionnaireResults;
import org.sendcpd.selfreview.control.SelfReviewPicture;
import org.sendcpd.selfreview.entity.ReviewElement;

/**
 * The governors' one-page summary of a self-review: each element's position this year and last
 * (with this year's evidence and, when five or more answered, what the staff chose most), the
 * indicators now and at the end of last year, and the strengths and weaknesses they suggest.
 */
public final class SelfReviewData {

  private SelfReviewData() {}

  public static ReportData of(SelfReviewPicture p, ReportHeader header) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ReviewElement e : ReviewElement.values()) {
      SelfReviewPicture.Placed now = p.placed().get(e);
      SelfReviewPicture.Placed before = p.lastYearPlaced().get(e);
      String evidence = now == null || now.evidence() == null ? "" : now.evidence();
      String staff = staff(p.questionnaire(), e);
      rows.add(
          row(
              "element",
              e.title(),
              now == null ? "Not placed" : named(now.position()),
              before == null ? "Not placed" : named(before.position()),
              change(now, before),
              evidence.isEmpty() || staff.isEmpty() ? evidence + staff : evidence + "\n" + staff));
    }
    for (IndicatorLines.Line line : IndicatorLines.of(p.indicators(), p.lastYearIndicators())) {
      rows.add(row("indicator", line.label(), line.now(), line.lastYear(), "", ""));
    }
    Map<String, Object> parameters =
        header.parameters("Whole-school self-review " + p.academicYear());
    parameters.put("LAST_YEAR", p.lastYear());
    parameters.put("NOW_DATE", ReportHeader.day(p.date()));
    parameters.put("LAST_DATE", ReportHeader.day(p.lastYearDate()));
    parameters.put("STAFF", staffLine(p.questionnaire()));
    parameters.put("STRENGTHS", bullets(p.suggested().strengths()));
    parameters.put("WEAKNESSES", bullets(p.suggested().weaknesses()));
    SheetBook book =
        new SheetBook("Whole-school self-review " + p.academicYear(), header, List.of(sheet(rows)))
            .with("Compared with", p.lastYear())
            .with("Staff questionnaire", staffLine(p.questionnaire()));
    return new ReportData("self-review", parameters, rows, book);
  }

  /** The same rows as one table: elements first, then the indicators. */
  private static SheetTable sheet(List<Map<String, Object>> rows) {
    List<List<?>> cells = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      cells.add(
          List.of(
              "element".equals(r.get("section")) ? "Element" : "Indicator",
              r.get("name"),
              r.get("now"),
              r.get("lastYear"),
              r.get("change"),
              r.get("detail")));
    }
    return new SheetTable(
        "Self-review",
        List.of(
            SheetColumn.text("Part"),
            SheetColumn.text("Name"),
            SheetColumn.text("This year"),
            SheetColumn.text("Last year"),
            SheetColumn.text("Change"),
            SheetColumn.text("Evidence and staff")),
        cells);
  }

  private static Map<String, Object> row(
      String section, String name, String now, String lastYear, String change, String detail) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("section", section);
    row.put("name", name);
    row.put("now", now);
    row.put("lastYear", lastYear);
    row.put("change", change);
    row.put("detail", detail);
    return row;
  }

  private static String named(int position) {
    return position + " " + ReviewElement.positionName(position);
  }

  private static String change(SelfReviewPicture.Placed now, SelfReviewPicture.Placed before) {
    if (now == null || before == null) {
      return "";
    }
    int d = now.position() - before.position();
    return d > 0 ? "up " + d : d < 0 ? "down " + (-d) : "same";
  }

  /** The position most staff chose, when counts may be shown. */
  private static String staff(QuestionnaireResults q, ReviewElement e) {
    if (q == null || !q.shown()) {
      return "";
    }
    List<Integer> counts = q.counts().get(e);
    int best = 0;
    for (int i = 1; i < counts.size(); i++) {
      best = counts.get(i) > counts.get(best) ? i : best;
    }
    return "Staff most often: " + named(best + 1) + " (" + counts.get(best) + ")";
  }

  private static String staffLine(QuestionnaireResults q) {
    if (q == null) {
      return "The staff questionnaire has not been opened.";
    }
    return q.respondents()
        + " staff answered the anonymous questionnaire"
        + (q.shown()
            ? "; counts as at " + q.countedRespondents() + " answers."
            : "; counts are shown from " + QuestionnaireResults.SHOWN_FROM + " answers.");
  }

  private static String bullets(List<String> lines) {
    return lines.isEmpty() ? "None suggested." : "• " + String.join("\n• ", lines);
  }
}
