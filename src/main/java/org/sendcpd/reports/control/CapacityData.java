package org.sendcpd.reports.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.sendcpd.analysis.CapacityReport;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.Person;
import org.sendcpd.analysis.RuleCheck;
import org.sendcpd.analysis.SchoolDays;
import org.sendcpd.workforce.control.AnalysisView;

/**
 * The capacity report, one row per line in sections the template prints in order: single points of
 * failure, coverage rules (now and ahead), coverage against demand, capacity by group and day,
 * lapses, CPD hours and spend by delivery type and by job role, and last the long list of holders
 * by competence and level. Its CSV is the holdings matrix (competence x level, by job role). Rows
 * that belong to one school carry its schoolId, so the trust's report can name the school ({@link
 * TrustCapacityData}).
 */
public final class CapacityData {

  private CapacityData() {}

  public static ReportData of(AnalysisView a, ReportHeader header) {
    CapacityReport report = a.capacity();
    List<Map<String, ?>> rows = new ArrayList<>();
    report.singlePoints().forEach(p -> rows.add(singlePoint(a, p)));
    a.rules().stream().filter(RuleCheck::active).forEach(r -> rows.add(rule(a, r)));
    report.coverage().forEach(d -> rows.add(demand(d)));
    report.byGroup().forEach(g -> rows.add(group(a, g)));
    report.lapses().forEach(l -> rows.add(lapse(a, l)));
    byDelivery(report.spendByRole()).forEach(rows::add);
    report.spendByRole().forEach(s -> rows.add(roleSpend(s)));
    report.holdings().stream()
        .sorted(
            Comparator.comparing((CapacityReport.Holding h) -> code(a, h.competenceId()))
                .thenComparingInt(CapacityReport.Holding::level))
        .forEach(h -> rows.add(holding(a, h)));
    Map<String, Object> parameters = header.parameters("Capacity");
    parameters.put("WINDOW_DAYS", report.windowDays());
    parameters.put("SINGLE_POINTS", report.singlePoints().size());
    parameters.put("BREACHED_NOW", (int) a.rules().stream().filter(RuleCheck::breachedNow).count());
    parameters.put(
        "BREACHED_AHEAD",
        (int) a.rules().stream().filter(r -> !r.breachedNow() && r.breachDate() != null).count());
    parameters.put("LAPSES", report.lapses().size());
    return new ReportData("capacity", parameters, rows, Map.of(), csv(a, report), book(a, header));
  }

  /** The spreadsheet: one sheet per section; schoolName names each row's school for the trust. */
  static SheetBook book(AnalysisView a, ReportHeader header, LongFunction<String> schoolName) {
    CapacityReport report = a.capacity();
    return new SheetBook("Capacity", header, new CapacitySheets(a, schoolName).tables())
        .with("Look-ahead window (days)", report.windowDays())
        .with("Single points of failure", report.singlePoints().size())
        .with("Rules breached now", (int) a.rules().stream().filter(RuleCheck::breachedNow).count())
        .with("Certificates lapsing", report.lapses().size());
  }

  private static SheetBook book(AnalysisView a, ReportHeader header) {
    return book(a, header, null);
  }

  private static Map<String, ?> singlePoint(AnalysisView a, CapacityReport.SinglePoint p) {
    CompetenceRef c = a.competence(p.competenceId());
    Map<String, Object> row = row("spof", c);
    row.put("schoolId", p.schoolId());
    row.put("level", c.levelName(p.level()));
    row.put("holders", p.holders());
    row.put(
        "detail",
        p.holderIds().isEmpty()
            ? "nobody"
            : p.holderIds().stream().map(id -> name(a, id)).collect(Collectors.joining(", ")));
    return row;
  }

  private static Map<String, ?> holding(AnalysisView a, CapacityReport.Holding h) {
    CompetenceRef c = a.competence(h.competenceId());
    Map<String, Object> row = row("holding", c);
    row.put("level", c.levelName(h.level()));
    row.put("holders", h.holders());
    row.put("fte", h.fte());
    row.put(
        "detail",
        h.byRole().entrySet().stream()
            .map(e -> Labels.role(e.getKey()) + " " + e.getValue())
            .collect(Collectors.joining(", ")));
    return row;
  }

  private static Map<String, ?> demand(CapacityReport.DemandCoverage d) {
    Map<String, Object> row = row("demand", null);
    row.put("schoolId", d.schoolId());
    row.put("name", Labels.area(d.areaOfNeed()));
    row.put("holders", d.adults());
    row.put("fte", d.fte());
    row.put("pupils", d.pupils());
    row.put("ehc", d.ehcPlans());
    row.put(
        "detail",
        d.adults() == 0
            ? (d.pupils() == 0 ? "" : "no adult")
            : String.format("%.1f", (double) d.pupils() / d.adults()));
    return row;
  }

  /** A group's pupils in an area against the adults there at enhanced, day by day. */
  private static Map<String, ?> group(AnalysisView a, CapacityReport.GroupCover g) {
    Map<String, Object> row = row("group", null);
    row.put("schoolId", g.schoolId());
    row.put("name", g.group());
    row.put("statement", Labels.area(g.areaOfNeed()));
    row.put("pupils", g.pupils());
    for (java.time.DayOfWeek day : SchoolDays.WEEK) {
      int adults = g.adultsOn(day);
      row.put(
          SchoolDays.code(day).toLowerCase(java.util.Locale.ROOT),
          adults == 0 ? "none" : String.valueOf(adults));
    }
    row.put(
        "detail",
        g.gapDays().isEmpty()
            ? "none"
            : g.gapDays().stream()
                .map(d -> d.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK))
                .collect(Collectors.joining(", ")));
    return row;
  }

  private static Map<String, ?> rule(AnalysisView a, RuleCheck r) {
    CompetenceRef c = a.competence(r.competenceId());
    Map<String, Object> row = row("rule", c);
    row.put("schoolId", r.schoolId());
    row.put("name", r.name());
    row.put("level", c.levelName(r.level()));
    row.put("holders", r.holders());
    row.put("minimum", r.minHolders());
    row.put(
        "status",
        r.breachedNow() ? "Breached now" : r.breachDate() != null ? "Breached ahead" : "Met");
    row.put("detail", ahead(a, r));
    return row;
  }

  private static String ahead(AnalysisView a, RuleCheck r) {
    String onDay = r.day() == null ? "" : " on " + dayName(r.day()) + "s";
    if (r.breachDate() == null || r.breachedNow()) {
      return r.breachedNow() ? r.holders() + " of " + r.minHolders() + " needed" + onDay : "";
    }
    String who = r.causeStaffId() == null ? "" : " (" + name(a, r.causeStaffId()) + ")";
    String why =
        switch (r.cause()) {
          case CERTIFICATE_LAPSES -> "a certificate lapses";
          case HOLDER_LEAVES -> "a holder leaves";
          case TOO_FEW_HOLDERS -> "too few holders";
          case HOLDER_MOVES -> "a holder moves";
        };
    return "From " + ReportHeader.day(r.breachDate()) + onDay + ": " + why + who;
  }

  static String dayName(java.time.DayOfWeek day) {
    return day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
  }

  private static Map<String, ?> lapse(AnalysisView a, CapacityReport.Lapse l) {
    CompetenceRef c = a.competence(l.competenceId());
    Map<String, Object> row = row("lapse", c);
    row.put("schoolId", a.person(l.staffId()).schoolId());
    row.put("name", name(a, l.staffId()));
    row.put("level", c.levelName(l.level()));
    row.put("detail", ReportHeader.day(l.expiresOn()));
    return row;
  }

  /** Hours ([0]) and spend ([1]) summed over the roles by delivery type. */
  static Map<String, double[]> deliveryTotals(List<CapacityReport.RoleSpend> roles) {
    Map<String, double[]> totals = new TreeMap<>();
    for (CapacityReport.RoleSpend role : roles) {
      role.hoursByDelivery()
          .forEach((d, h) -> totals.computeIfAbsent(d, k -> new double[2])[0] += h);
      role.costByDelivery()
          .forEach((d, c) -> totals.computeIfAbsent(d, k -> new double[2])[1] += c);
    }
    return totals;
  }

  private static List<Map<String, ?>> byDelivery(List<CapacityReport.RoleSpend> roles) {
    List<Map<String, ?>> rows = new ArrayList<>();
    deliveryTotals(roles)
        .forEach(
            (delivery, t) -> {
              Map<String, Object> row = row("delivery", null);
              row.put("name", Labels.delivery(delivery));
              row.put("hours", t[0]);
              row.put("cost", t[1]);
              rows.add(row);
            });
    return rows;
  }

  private static Map<String, ?> roleSpend(CapacityReport.RoleSpend s) {
    Map<String, Object> row = row("role", null);
    row.put("name", Labels.role(s.jobRole()));
    row.put("holders", s.people());
    row.put("hours", s.hours());
    row.put("cost", s.cost());
    row.put(
        "detail",
        s.hoursByDelivery().entrySet().stream()
            .map(e -> Labels.delivery(e.getKey()) + " " + String.format("%.1f h", e.getValue()))
            .collect(Collectors.joining(", ")));
    return row;
  }

  private static Map<String, Object> row(String section, CompetenceRef c) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("section", section);
    if (c != null) {
      row.put("code", c.code());
      row.put("statement", c.statement());
    }
    return row;
  }

  private static String code(AnalysisView a, long competenceId) {
    return a.competence(competenceId).code();
  }

  private static String name(AnalysisView a, long staffId) {
    Person p = a.person(staffId);
    return p == null ? "#" + staffId : p.name();
  }

  private static CsvTable csv(AnalysisView a, CapacityReport report) {
    List<String> roles =
        report.holdings().stream()
            .flatMap(h -> h.byRole().keySet().stream())
            .distinct()
            .sorted()
            .toList();
    List<String> header =
        new ArrayList<>(List.of("Competence", "Statement", "Level", "Holders", "FTE"));
    roles.forEach(r -> header.add(Labels.role(r)));
    List<List<String>> rows =
        report.holdings().stream()
            .sorted(
                Comparator.comparing((CapacityReport.Holding h) -> code(a, h.competenceId()))
                    .thenComparingInt(CapacityReport.Holding::level))
            .map(
                h -> {
                  CompetenceRef c = a.competence(h.competenceId());
                  List<String> row =
                      new ArrayList<>(
                          List.of(
                              c.code(),
                              c.statement(),
                              c.levelName(h.level()),
                              Integer.toString(h.holders()),
                              String.format("%.2f", h.fte())));
                  roles.forEach(r -> row.add(Integer.toString(h.byRole().getOrDefault(r, 0))));
                  return row;
                })
            .toList();
    return new CsvTable(header, rows);
  }
}
