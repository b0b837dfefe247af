package org.sendcpd.reports.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sendcpd.analysis.CapacityReport;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.CourseOffer;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.Person;
import org.sendcpd.analysis.RuleCheck;
import org.sendcpd.analysis.SessionOffer;
import org.sendcpd.workforce.control.SchoolAnalysis;

/**
 * A draft of the "expertise and training of staff" section of the school's SEN information report
 * (SEND Code of Practice 6.79): paragraphs written from the numbers of the analysis, a table of the
 * adults at each level in each broad area of need, the specialist expertise held in school, and the
 * training planned. It names job roles, never people, since the report is published; the SENCO
 * checks and edits it before it is.
 */
public final class SenInformationData {

  /** How far ahead planned training is listed. */
  static final int PLANNED_MONTHS = 6;

  private SenInformationData() {}

  public static ReportData of(SchoolAnalysis a, ReportHeader header) {
    LocalDate date = a.date();
    List<Person> inPost = a.workforce().people().stream().filter(p -> p.inPostOn(date)).toList();
    List<Map<String, ?>> rows = new ArrayList<>();
    double fte = inPost.stream().mapToDouble(Person::fte).sum();
    rows.add(
        para(
            "Our staff",
            String.format(
                "On %s, %d adults worked at %s (%.1f full-time equivalent). Every adult who works"
                    + " with pupils is expected to meet the needs of pupils with SEND in everyday"
                    + " teaching and support, and we train them for it. The table below shows how"
                    + " many adults are trained at each level in each of the four broad areas of"
                    + " need, with the number of pupils whose primary need is in that area.",
                ReportHeader.day(date), inPost.size(), header.schoolName(), fte)));
    rows.addAll(areaRows(a, inPost));
    rows.add(para("Specialist expertise in school", specialistText(a)));
    rows.addAll(specialistRows(a));
    rows.add(para("Training for pupils' medical and physical needs", rulesText(a)));
    rows.add(para("Training this year", spendText(a.capacity(), date)));
    List<Map<String, ?>> planned = plannedRows(a, date);
    rows.add(
        para(
            "Training planned",
            planned.isEmpty()
                ? "No training sessions are planned yet for the coming months."
                : String.format(
                    "In the next %d months we have planned %d training sessions:",
                    PLANNED_MONTHS, planned.size())));
    rows.addAll(planned);
    rows.add(
        para(
            "About this draft",
            "This draft was written from the school's training records on the reference date. The"
                + " SENCO checks it, adds the specialist services the school works with, and edits"
                + " it before it is published as part of the SEN information report."));
    Map<String, Object> parameters =
        header.parameters("SEN information report: expertise and training of staff (draft)");
    SheetBook book =
        new SheetBook(
            "SEN information report: expertise and training of staff (draft)",
            header,
            SenInformationSheets.of(rows));
    return new ReportData("sen-information", parameters, rows, book);
  }

  private static Map<String, ?> para(String heading, String text) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("section", "para");
    row.put("heading", heading);
    row.put("text", text);
    return row;
  }

  /** Adults in post at each level (their highest in any competence of the area), per area. */
  private static List<Map<String, ?>> areaRows(SchoolAnalysis a, List<Person> inPost) {
    Set<Long> present = inPost.stream().map(Person::id).collect(Collectors.toSet());
    Map<String, Map<Long, Integer>> best = new TreeMap<>();
    Map<String, CompetenceRef> ladder = new HashMap<>();
    a.workforce().competences().stream()
        .filter(c -> c.areaOfNeed() != null)
        .forEach(
            c -> {
              best.putIfAbsent(c.areaOfNeed(), new HashMap<>());
              ladder.putIfAbsent(c.areaOfNeed(), c);
            });
    for (GapCell cell : a.gaps().cells()) {
      CompetenceRef c = a.competence(cell.competenceId());
      if (c.areaOfNeed() != null && cell.held() > 0 && present.contains(cell.staffId())) {
        best.get(c.areaOfNeed()).merge(cell.staffId(), cell.held(), Math::max);
      }
    }
    Map<String, CapacityReport.DemandCoverage> demand = new HashMap<>();
    a.capacity().coverage().forEach(d -> demand.put(d.areaOfNeed(), d));
    List<Map<String, ?>> rows = new ArrayList<>();
    best.forEach(
        (area, levels) -> {
          CompetenceRef c = ladder.get(area);
          CapacityReport.DemandCoverage d = demand.get(area);
          Map<String, Object> row = new LinkedHashMap<>();
          row.put("section", "area");
          row.put("heading", Labels.area(area));
          row.put("level1", atLeast(levels, 1));
          row.put("level2", atLeast(levels, 2));
          row.put("level3", atLeast(levels, 3));
          row.put("name1", c.levelName(1));
          row.put("name2", c.levelName(2));
          row.put("name3", c.levelName(3));
          row.put("pupils", d == null ? 0 : d.pupils());
          row.put("ehc", d == null ? 0 : d.ehcPlans());
          rows.add(row);
        });
    return rows;
  }

  private static int atLeast(Map<Long, Integer> levels, int level) {
    return (int) levels.values().stream().filter(l -> l >= level).count();
  }

  /** The competences held at the top of their ladder, with how many adults and their roles. */
  private static List<Map<String, ?>> specialistRows(SchoolAnalysis a) {
    List<Map<String, ?>> rows = new ArrayList<>();
    a.capacity().holdings().stream()
        .filter(h -> h.holders() > 0)
        .filter(h -> h.level() == a.competence(h.competenceId()).levelNames().size())
        .filter(h -> a.competence(h.competenceId()).areaOfNeed() != null)
        .sorted(Comparator.comparing(h -> a.competence(h.competenceId()).code()))
        .forEach(
            h -> {
              CompetenceRef c = a.competence(h.competenceId());
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("section", "specialist");
              row.put("heading", c.statement());
              row.put("text", Labels.area(c.areaOfNeed()));
              row.put("level1", h.holders());
              row.put(
                  "roles",
                  h.byRole().keySet().stream().map(Labels::role).collect(Collectors.joining(", ")));
              rows.add(row);
            });
    return rows;
  }

  private static String specialistText(SchoolAnalysis a) {
    long competences =
        a.capacity().holdings().stream()
            .filter(h -> h.holders() > 0)
            .filter(h -> h.level() == a.competence(h.competenceId()).levelNames().size())
            .filter(h -> a.competence(h.competenceId()).areaOfNeed() != null)
            .count();
    return competences == 0
        ? "No adult holds specialist-level training yet; we draw on outside specialists."
        : "Adults in school hold the highest level of training in "
            + competences
            + " areas of SEND practice, so pupils and colleagues can draw on that expertise every"
            + " day:";
  }

  private static String rulesText(SchoolAnalysis a) {
    List<RuleCheck> active = a.rules().stream().filter(RuleCheck::active).toList();
    if (active.isEmpty()) {
      return "We keep no minimum numbers of trained adults for particular needs yet.";
    }
    long met = active.stream().filter(r -> !r.breachedNow()).count();
    String open =
        active.stream()
            .filter(RuleCheck::breachedNow)
            .map(r -> r.name() + " (" + r.holders() + " of " + r.minHolders() + " trained now)")
            .collect(Collectors.joining("; "));
    return String.format(
            "We keep a minimum number of trained adults for %d particular needs, such as pupils'"
                + " healthcare plans. %d of these are met on the reference date.",
            active.size(), met)
        + (open.isEmpty() ? "" : " Still to reach: " + open + ".");
  }

  private static String spendText(CapacityReport capacity, LocalDate date) {
    double hours =
        capacity.spendByRole().stream().mapToDouble(CapacityReport.RoleSpend::hours).sum();
    Map<String, Double> byDelivery = new TreeMap<>();
    capacity
        .spendByRole()
        .forEach(r -> r.hoursByDelivery().forEach((d, h) -> byDelivery.merge(d, h, Double::sum)));
    return String.format(
        "Since 1 September %d our staff have completed %.1f hours of SEND training (%s).",
        CpdRecordData.academicYearStart(date).getYear(),
        hours,
        byDelivery.entrySet().stream()
            .map(
                e ->
                    String.format(
                        "%.1f hours %s", e.getValue(), Labels.delivery(e.getKey()).toLowerCase()))
            .collect(Collectors.joining(", ")));
  }

  private static List<Map<String, ?>> plannedRows(SchoolAnalysis a, LocalDate date) {
    Map<Long, CourseOffer> courses = new HashMap<>();
    a.workforce().courses().forEach(c -> courses.put(c.id(), c));
    LocalDate horizon = date.plusMonths(PLANNED_MONTHS);
    return a.workforce().sessions().stream()
        .filter(s -> s.schoolId() == a.schoolId())
        .filter(
            s ->
                !s.startsAt().toLocalDate().isBefore(date)
                    && s.startsAt().toLocalDate().isBefore(horizon))
        .filter(s -> courses.containsKey(s.courseId()))
        .sorted(Comparator.comparing(SessionOffer::startsAt))
        .<Map<String, ?>>map(
            s -> {
              CourseOffer course = courses.get(s.courseId());
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("section", "planned");
              row.put("heading", course.title());
              row.put("text", ReportHeader.day(s.startsAt().toLocalDate()));
              row.put("on", s.startsAt().toLocalDate());
              row.put("roles", Labels.delivery(course.delivery()));
              row.put("level1", s.placesTaken());
              return row;
            })
        .collect(Collectors.toList());
  }
}
