package org.sendcpd.gaps.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.CoverageRuleDef;
import org.sendcpd.analysis.CpdActivity;
import org.sendcpd.analysis.Evidence;
import org.sendcpd.analysis.Person;
import org.sendcpd.analysis.RoleRequirement;
import org.sendcpd.analysis.Workforce;
import org.sendcpd.gaps.control.DashboardFigures.AreaTiers;
import org.sendcpd.gaps.control.DashboardFigures.DateCount;
import org.sendcpd.gaps.control.DashboardFigures.Spend;
import org.sendcpd.workforce.control.SchoolAnalysis;

/**
 * The dashboard's figures for a small school worked out by hand: two TAs (Ann, Ben), a teacher
 * (Cat) and a teacher who left in October (Dan). TAs need C-1 (communication) at enhanced, teachers
 * C-1 and C-2 (social, emotional and mental health) at universal; C-3 is cross-cutting.
 */
class DashboardCalculatorTest {

  static final LocalDate DATE = LocalDate.of(2026, 11, 22);
  static final String CI = "Communication and interaction";
  static final String SEMH = "Social, emotional and mental health";
  static final long ANN = 10;
  static final long BEN = 11;
  static final long CAT = 12;
  static final long DAN = 13;

  private final List<Evidence> evidence = new ArrayList<>();
  private final List<CpdActivity> activities = new ArrayList<>();

  private Workforce school() {
    List<CompetenceRef> competences =
        List.of(competence(1, CI), competence(2, SEMH), competence(3, null));
    List<Person> people =
        List.of(
            person(ANN, "TA", null),
            person(BEN, "TA", null),
            person(CAT, "TEACHER", null),
            person(DAN, "TEACHER", LocalDate.of(2026, 10, 15)));
    List<RoleRequirement> requirements =
        List.of(
            new RoleRequirement("TA", 1, 2),
            new RoleRequirement("TEACHER", 1, 1),
            new RoleRequirement("TEACHER", 2, 1));
    // Ann gains enhanced communication in October; Ben holds only universal all year.
    verified(ANN, 1, 2, LocalDate.of(2026, 10, 10), null);
    verified(BEN, 1, 1, LocalDate.of(2026, 6, 1), LocalDate.of(2027, 11, 5));
    // Cat is a specialist whose certificate lapses in January; she holds nothing in SEMH.
    verified(CAT, 1, 3, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 15));
    verified(CAT, 3, 1, LocalDate.of(2025, 1, 1), null);
    // Ann holds universal SEMH though it is not asked of her, until June.
    verified(ANN, 2, 1, LocalDate.of(2026, 11, 1), LocalDate.of(2027, 6, 10));
    activity(ANN, "IN_HOUSE", 3, 0, LocalDate.of(2026, 10, 10));
    activity(BEN, "SPECIALIST_EXTERNAL", 6, 150, LocalDate.of(2026, 11, 1));
    activity(CAT, "ONLINE", 1.5, 20, LocalDate.of(2026, 9, 15));
    activity(CAT, "IN_HOUSE", 2, 0, LocalDate.of(2026, 8, 20));
    activity(DAN, "IN_HOUSE", 3, 0, LocalDate.of(2026, 9, 10));
    List<CoverageRuleDef> rules =
        List.of(
            new CoverageRuleDef(
                1, 1, "A specialist communicator", 1, 3, 1, "Whole school", null, null),
            new CoverageRuleDef(
                2, 1, "An enhanced SEMH adult", 2, 2, 1, "Whole school", null, null));
    return new Workforce(
        people,
        competences,
        requirements,
        List.of(),
        evidence,
        List.of(),
        List.of(),
        activities,
        List.of(),
        rules);
  }

  private DashboardFigures figures() {
    Workforce workforce = school();
    List<SchoolAnalysis> monthEnds =
        DashboardCalculator.monthEnds(DATE).stream()
            .map(d -> new SchoolAnalysis(1L, d, 90, workforce))
            .toList();
    return DashboardCalculator.figures(new SchoolAnalysis(1L, DATE, 90, workforce), monthEnds);
  }

  @Test
  void tilesCountStaffInPostMetCellsGapsBreachesAndLapses() {
    DashboardFigures.Tiles tiles = figures().tiles();
    assertEquals(3, tiles.staff(), "Dan has left");
    assertEquals(4, tiles.requiredCells(), "Ann C-1, Ben C-1, Cat C-1 and C-2");
    assertEquals(2, tiles.metCells(), "Ann met, Cat met until January");
    assertEquals(50, tiles.metPercent());
    assertEquals(2, tiles.openGaps(), "Ben C-1 and Cat C-2");
    assertEquals(1, tiles.breachesNow(), "nobody holds enhanced SEMH");
    assertEquals(1, tiles.breachesAhead(), "Cat's certificate lapses within 90 days");
    assertEquals(1, tiles.lapses(), "only Cat's lapses within 90 days");
  }

  @Test
  void coverageCountsEachAdultOnceAtTheirHighestTierInTheArea() {
    assertEquals(
        List.of(new AreaTiers(CI, 1, 1, 1), new AreaTiers(SEMH, 1, 0, 0)), figures().coverage());
  }

  @Test
  void enhancedAndSpecialistAddUpToTheCoverageAgainstDemand() {
    SchoolAnalysis a = new SchoolAnalysis(1L, DATE, 90, school());
    List<AreaTiers> tiers = DashboardCalculator.coverage(a);
    for (int i = 0; i < tiers.size(); i++) {
      assertEquals(
          a.capacity().coverage().get(i).adults(),
          tiers.get(i).enhanced() + tiers.get(i).specialist());
    }
  }

  @Test
  void lapsesFallInTheirMonthOverTwelveMonthsFromTheDatesMonth() {
    List<DashboardFigures.MonthCount> months = figures().lapsesByMonth();
    assertEquals(12, months.size());
    assertEquals(YearMonth.of(2026, 11), months.get(0).month());
    assertEquals(YearMonth.of(2027, 10), months.get(11).month());
    int[] counts = months.stream().mapToInt(DashboardFigures.MonthCount::count).toArray();
    assertEquals(1, counts[2], "Cat in January");
    assertEquals(1, counts[7], "Ann in June");
    assertEquals(2, java.util.Arrays.stream(counts).sum(), "Ben's lapses in November 2027");
  }

  @Test
  void spendCountsThisAcademicYearOfPeopleInPostByRoleAndDelivery() {
    DashboardFigures f = figures();
    assertEquals(
        List.of(new Spend("TA", 2, 9.0, 150.0), new Spend("TEACHER", 1, 1.5, 20.0)),
        f.spendByRole());
    assertEquals(
        List.of(
            new Spend("IN_HOUSE", 1, 3.0, 0.0),
            new Spend("SPECIALIST_EXTERNAL", 1, 6.0, 150.0),
            new Spend("ONLINE", 1, 1.5, 20.0)),
        f.spendByDelivery());
  }

  @Test
  void openGapsAreCountedAtEachMonthEndSinceSeptemberThenOnTheDate() {
    assertEquals(
        List.of(
            new DateCount(LocalDate.of(2026, 9, 30), 5),
            new DateCount(LocalDate.of(2026, 10, 31), 2),
            new DateCount(DATE, 2)),
        figures().openGaps());
  }

  @Test
  void monthEndsRunFromSeptemberAndStopBeforeTheDate() {
    assertEquals(List.of(), DashboardCalculator.monthEnds(LocalDate.of(2026, 9, 30)));
    assertEquals(
        List.of(LocalDate.of(2026, 9, 30)),
        DashboardCalculator.monthEnds(LocalDate.of(2026, 10, 1)));
    assertEquals(11, DashboardCalculator.monthEnds(LocalDate.of(2027, 8, 31)).size());
    assertEquals(
        LocalDate.of(2026, 9, 30), DashboardCalculator.monthEnds(LocalDate.of(2027, 3, 2)).get(0));
  }

  private static CompetenceRef competence(long id, String areaOfNeed) {
    return new CompetenceRef(
        id,
        "C-" + id,
        "Competence " + id,
        1,
        "SEND",
        "A" + id,
        "Area " + id,
        areaOfNeed,
        List.of("Universal", "Enhanced", "Specialist"));
  }

  private static Person person(long id, String role, LocalDate left) {
    return new Person(id, 1, "Person " + id, role, "Class 1", 1.0, null, left);
  }

  private void verified(long staff, long competence, int level, LocalDate on, LocalDate expires) {
    evidence.add(
        new Evidence(
            evidence.size() + 100,
            staff,
            competence,
            level,
            Evidence.Status.VERIFIED,
            on,
            expires,
            null));
  }

  private void activity(long staff, String delivery, double hours, double cost, LocalDate on) {
    activities.add(new CpdActivity(activities.size() + 500, staff, delivery, hours, cost, on));
  }
}
