package org.sendcpd.demand.boundary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sendcpd.analysis.SchoolDays;
import org.sendcpd.demand.control.FieldErrors;
import org.sendcpd.demand.control.RuleDraft;
import org.sendcpd.demand.entity.CoverageRule;

/**
 * A coverage rule as the API shows and takes it; dates ISO-8601, {@code from} and {@code to}
 * optional. {@code id} and {@code active} are answered; {@code active} may be sent to switch a rule
 * on or off. {@code days} (MON to FRI) limit the rule to those school days; empty or absent: any
 * day.
 */
public record CoverageRuleJson(
    Long id,
    Long schoolId,
    String name,
    String competenceCode,
    Integer level,
    Integer minHolders,
    String scope,
    String from,
    String to,
    Boolean active,
    List<String> days) {

  static CoverageRuleJson of(CoverageRule r) {
    return new CoverageRuleJson(
        r.getId(),
        r.getSchool().getId(),
        r.getName(),
        r.getCompetence().getCode(),
        r.getLevelRank(),
        r.getMinHolders(),
        r.getScope(),
        r.getValidFrom() == null ? null : r.getValidFrom().toString(),
        r.getValidTo() == null ? null : r.getValidTo().toString(),
        r.isActive(),
        SchoolDays.WEEK.stream().filter(r.getDays()::contains).map(SchoolDays::code).toList());
  }

  RuleDraft draft() {
    FieldErrors errors = new FieldErrors();
    LocalDate start = date("from", from, errors);
    LocalDate end = date("to", to, errors);
    Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
    List<String> given = days == null ? List.of() : days;
    for (int i = 0; i < given.size(); i++) {
      DayOfWeek day = SchoolDays.parse(given.get(i));
      if (day == null) {
        errors.add("days[" + i + "]", "not a school day: " + given.get(i) + " (MON to FRI)");
      } else {
        chosen.add(day);
      }
    }
    errors.throwIfAny("Some fields of the rule are not valid; nothing was saved");
    return new RuleDraft(
        name, competenceCode, level, minHolders, scope, start, end, active, chosen);
  }

  private static LocalDate date(String field, String text, FieldErrors errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.add(field, "not an ISO date (yyyy-MM-dd): " + text);
      return null;
    }
  }
}
