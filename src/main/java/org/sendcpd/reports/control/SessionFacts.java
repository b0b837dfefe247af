package org.sendcpd.reports.control;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sendcpd.training.control.LevelNames;
import org.sendcpd.training.entity.CourseOutcome;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.TrainingSession;

/** How the session reports word a session: its day, times, facilitator, delivery and outcomes. */
final class SessionFacts {

  static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE dd/MM/yyyy", Locale.UK);
  static final DateTimeFormatter LONG_DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private SessionFacts() {}

  /** "15:30–17:00". */
  static String times(TrainingSession s) {
    return TIME.format(s.getStartsAt()) + "–" + TIME.format(s.getEndsAt());
  }

  /** The member of staff who runs it, or the outside trainer's name, or blank. */
  static String facilitator(TrainingSession s) {
    if (s.getFacilitator() != null) {
      return s.getFacilitator().getFullName();
    }
    return s.getFacilitatorName() == null ? "" : s.getFacilitatorName();
  }

  static String delivery(DeliveryType delivery) {
    return delivery.label();
  }

  /** "1.5 hours", "2 hours", "1 hour". */
  static String hours(BigDecimal hours) {
    BigDecimal plain = hours.stripTrailingZeros();
    String number = plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
    return number + (BigDecimal.ONE.compareTo(hours) == 0 ? " hour" : " hours");
  }

  /**
   * The course's outcomes, one map per competence in code order: code, statement and the level in
   * its framework's words.
   */
  static List<Map<String, Object>> outcomes(TrainingSession s, Map<String, String> levelNames) {
    List<Map<String, Object>> rows = new ArrayList<>();
    s.getCourse().getOutcomes().stream()
        .sorted(Comparator.comparing((CourseOutcome o) -> o.getCompetence().getCode()))
        .forEach(
            o -> {
              String code = o.getCompetence().getCode();
              String label = LevelNames.label(levelNames, o.getCompetence(), o.getLevelRank());
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("code", code);
              row.put("statement", o.getCompetence().getStatement());
              row.put("level", label.substring(code.length()).trim());
              rows.add(row);
            });
    return rows;
  }

  /** The outcomes as lines of text: "SEND-CI-2 Uses visual supports (Enhanced)". */
  static String outcomeLines(List<Map<String, Object>> outcomes) {
    List<String> lines = new ArrayList<>();
    outcomes.forEach(
        o -> lines.add(o.get("code") + "  " + o.get("statement") + " (" + o.get("level") + ")"));
    return lines.isEmpty()
        ? "No competence outcomes are set for this course."
        : String.join("\n", lines);
  }
}
