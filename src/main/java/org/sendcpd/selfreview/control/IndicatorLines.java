package org.sendcpd.selfreview.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sendcpd.analysis.WholeSchoolIndicators;

/**
 * The indicators in words, one line each, for the screen and the governors' summary alike, with
 * last year's beside: label, this year's value, last year's value.
 */
public final class IndicatorLines {

  private IndicatorLines() {}

  /** A line: what is measured, now, last year. */
  public record Line(String label, String now, String lastYear) {}

  public static List<Line> of(WholeSchoolIndicators now, WholeSchoolIndicators before) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line("Specialist-level holdings held by the SENCO", senco(now), senco(before)));
    Map<String, WholeSchoolIndicators.AreaShare> earlier = new java.util.HashMap<>();
    before.teachersEnhancedShareByArea().forEach(a -> earlier.put(a.areaOfNeed(), a));
    for (WholeSchoolIndicators.AreaShare a : now.teachersEnhancedShareByArea()) {
      lines.add(
          new Line(
              "Teachers at enhanced or above: " + SelfReviewPictures.areaLabel(a.areaOfNeed()),
              area(a),
              area(earlier.get(a.areaOfNeed()))));
    }
    lines.add(
        new Line(
            "CPD hours this year, teachers and TAs (per head)",
            hours(now.cpdHoursTeachersVsTas()),
            hours(before.cpdHoursTeachersVsTas())));
    lines.add(
        new Line(
            "Staff who led in-house training or coaching",
            led(now.staffWhoLedTraining()),
            led(before.staffWhoLedTraining())));
    lines.add(
        new Line(
            "Single points of failure (the SENCO the only holder)",
            points(now.singlePointsOfFailure()),
            points(before.singlePointsOfFailure())));
    return lines;
  }

  static String percent(Double share) {
    return share == null ? "-" : Math.round(share * 100) + "%";
  }

  private static String senco(WholeSchoolIndicators w) {
    return w.specialistHoldings() == 0
        ? "none held"
        : w.specialistHeldBySenco()
            + " of "
            + w.specialistHoldings()
            + " ("
            + percent(w.specialistHeldBySencoShare())
            + ")";
  }

  private static String area(WholeSchoolIndicators.AreaShare a) {
    return a == null || a.teachers() == 0
        ? "-"
        : a.enhanced() + " of " + a.teachers() + " (" + percent(a.share()) + ")";
  }

  private static String hours(WholeSchoolIndicators.HoursSplit h) {
    return String.format(
        Locale.UK,
        "%.1f h and %.1f h (%s and %s)",
        h.teacherHours(),
        h.taHours(),
        h.hoursPerTeacher() == null ? "-" : String.format(Locale.UK, "%.1f", h.hoursPerTeacher()),
        h.hoursPerTa() == null ? "-" : String.format(Locale.UK, "%.1f", h.hoursPerTa()));
  }

  private static String led(WholeSchoolIndicators.StaffLed l) {
    return l.count() + " of " + l.inPost() + " staff, " + l.sessions() + " sessions";
  }

  private static String points(WholeSchoolIndicators.SinglePoints p) {
    return p.total() + " (" + p.onlyHolderIsSenco() + ")";
  }
}
