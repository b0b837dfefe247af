package org.sendcpd.demand.control;

import static org.sendcpd.workforce.control.WorkforceQuery.id;
import static org.sendcpd.workforce.control.WorkforceQuery.name;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.sendcpd.analysis.CoverageRuleDef;
import org.sendcpd.analysis.PupilNeed;
import org.sendcpd.analysis.SchoolDays;
import org.sendcpd.workforce.control.WorkforceParts;
import org.sendcpd.workforce.control.WorkforceQuery;
import org.sendcpd.workforce.control.WorkforceSource;

/** The pupils' needs the school recorded and its active coverage rules. */
@ApplicationScoped
public class DemandWorkforceSource implements WorkforceSource {

  static final String NEEDS =
      "SELECT p.school.id, p.yearGroup, n.areaOfNeed, n.pupils, n.ehcPlans FROM NeedCount n"
          + " JOIN n.profile p WHERE SCOPE(p.school.id)";
  static final String RULES =
      "SELECT r.id, r.school.id, r.name, r.competenceLevel.competence.id, r.competenceLevel.rank, r.minHolders, r.scope,"
          + " r.validFrom, r.validTo, r.days FROM CoverageRule r WHERE SCOPE(r.school.id)"
          + " AND r.active = TRUE";

  @Override
  public void load(WorkforceQuery query, WorkforceParts parts) {
    parts.needs(
        query
            .rows(NEEDS)
            .map(r -> new PupilNeed(id(r[0]), (String) r[1], name(r[2]), (int) r[3], (int) r[4]))
            .toList());
    parts.rules(
        query
            .rows(RULES)
            .map(
                r ->
                    new CoverageRuleDef(
                        id(r[0]),
                        id(r[1]),
                        (String) r[2],
                        id(r[3]),
                        (int) r[4],
                        (int) r[5],
                        (String) r[6],
                        (LocalDate) r[7],
                        (LocalDate) r[8],
                        days((String) r[9])))
            .toList());
  }

  /** The days a stored "MON,TUE" names; empty (any day) when null. */
  static Set<DayOfWeek> days(String codes) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    if (codes != null) {
      for (String code : codes.split(",")) {
        DayOfWeek day = SchoolDays.parse(code);
        if (day != null) {
          days.add(day);
        }
      }
    }
    return days;
  }
}
