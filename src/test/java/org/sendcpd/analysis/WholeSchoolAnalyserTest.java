package org.sendcpd.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.analysis.WorkforceFixture.DATE;
import static org.sendcpd.analysis.WorkforceFixture.SCHOOL;
import static org.sendcpd.analysis.WorkforceFixture.WINDOW;
import static org.sendcpd.analysis.WorkforceFixture.day;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The self-review's indicators and the SWOT points they suggest, on small hand-made schools. */
class WholeSchoolAnalyserTest {

  static final String CI = "COMMUNICATION_AND_INTERACTION";
  static final String SP = "SENSORY_AND_PHYSICAL";

  /**
   * A bolted-on school: the SENCO (1) holds three of the four specialist holdings and is the only
   * holder of two required competences, one teacher of three reaches enhanced in one area, the TAs
   * get a fraction of the teachers' hours, and only the SENCO leads training.
   */
  static WorkforceFixture boltedOn() {
    return new WorkforceFixture()
        .competence(10, CI)
        .competence(11, CI)
        .competence(12, SP)
        .person(1, "SENCO")
        .person(2, "TEACHER")
        .person(3, "TEACHER")
        .person(4, "ECT")
        .person(5, "TA")
        .person(6, "TA")
        .person(7, "HLTA")
        .require("SENCO", 10, 3)
        .require("SENCO", 11, 3)
        .require("TEACHER", 12, 1)
        .verified(1, 10, 3)
        .verified(1, 11, 3)
        .verified(1, 12, 3)
        .verified(5, 12, 3)
        .verified(2, 10, 2)
        .verified(3, 11, 1)
        .activity(2, "SPECIALIST_EXTERNAL", 6, 120, day(-20))
        .activity(3, "IN_HOUSE", 4, 0, day(-10))
        .activity(4, "ONLINE", 2, 0, day(-5))
        .activity(5, "IN_HOUSE", 1, 0, day(-10))
        .activity(2, "ONLINE", 9, 0, day(-200))
        .led(500, 1, "IN_HOUSE", day(-10))
        .led(501, 1, "IN_HOUSE", day(-40));
  }

  static WholeSchoolIndicators indicators(WorkforceFixture f) {
    return new WholeSchoolAnalyser(f.build()).indicators(SCHOOL, DATE, WINDOW);
  }

  @Test
  void theSencosShareOfSpecialistHoldingsCountsEachPersonAndCompetenceOnce() {
    WholeSchoolIndicators w = indicators(boltedOn());
    assertEquals(4, w.specialistHoldings());
    assertEquals(3, w.specialistHeldBySenco());
    assertEquals(0.75, w.specialistHeldBySencoShare());
  }

  @Test
  void aSchoolWhereNobodyHoldsSpecialistLevelHasNoShare() {
    WholeSchoolIndicators w =
        indicators(new WorkforceFixture().competence(10, CI).person(1, "SENCO").verified(1, 10, 2));
    assertEquals(0, w.specialistHoldings());
    assertNull(w.specialistHeldBySencoShare());
  }

  @Test
  void teachersAtEnhancedAreCountedPerAreaOfNeedLeavingOutTheSenco() {
    List<WholeSchoolIndicators.AreaShare> areas =
        indicators(boltedOn()).teachersEnhancedShareByArea();
    assertEquals(List.of(CI, SP), areas.stream().map(a -> a.areaOfNeed()).toList());
    WholeSchoolIndicators.AreaShare ci = areas.get(0);
    assertEquals(3, ci.teachers(), "two teachers and an ECT; the SENCO is not a class teacher");
    assertEquals(1, ci.enhanced(), "teacher 3 holds CI only at universal");
    assertEquals(0.333, ci.share());
    assertEquals(0, areas.get(1).enhanced());
  }

  @Test
  void hoursAreSplitBetweenTeachersAndAssistantsForTheAcademicYearOnly() {
    WholeSchoolIndicators.HoursSplit h = indicators(boltedOn()).cpdHoursTeachersVsTas();
    assertEquals(12.0, h.teacherHours(), "last year's 9 hours are left out");
    assertEquals(1.0, h.taHours());
    assertEquals(3, h.teachers());
    assertEquals(3, h.tas(), "TA and HLTA");
    assertEquals(4.0, h.hoursPerTeacher());
    assertEquals(0.33, h.hoursPerTa());
    assertEquals(0.923, h.teacherShare());
  }

  @Test
  void leadersAreInPostFacilitatorsOfThisYearsInHouseOrCollaborativeSessions() {
    WorkforceFixture f =
        boltedOn()
            .person(8, "TEACHER")
            .leaver(9, "TEACHER", day(-1))
            .led(600, 2, "COACHING", day(-3))
            .led(601, 3, "PEER_OBSERVATION", day(-3))
            .led(602, 4, "SPECIALIST_EXTERNAL", day(-3))
            .led(603, 8, "IN_HOUSE", day(-120))
            .led(604, 9, "IN_HOUSE", day(-30))
            .led(605, 5, "COLLABORATIVE_ENQUIRY", day(3));
    WholeSchoolIndicators.StaffLed led = indicators(f).staffWhoLedTraining();
    assertEquals(List.of(1L, 2L, 3L), led.staffIds());
    assertEquals(3, led.count());
    assertEquals(4, led.sessions(), "the SENCO's two, the coaching and the observation");
    assertEquals(8, led.inPost(), "the leaver is out");
  }

  @Test
  void singlePointsSayHowManyRestOnTheSencoAloneAndHowManyOnNobody() {
    WorkforceFixture f = boltedOn().competence(13, SP).require("TA", 13, 2);
    WholeSchoolIndicators.SinglePoints points = indicators(f).singlePointsOfFailure();
    assertEquals(3, points.total(), "10 and 11 held only by the SENCO, 13 by nobody");
    assertEquals(2, points.onlyHolderIsSenco());
    assertEquals(1, points.heldByNobody());
  }

  @Test
  void aBoltedOnRecordSuggestsWeaknessesAndTheLeadersPositionsAreTakenAsTheyAre() {
    Map<String, Integer> placed = new LinkedHashMap<>();
    placed.put("Values", 3);
    placed.put("Specialist leadership", 1);
    SwotSuggestions.Suggested s =
        SwotSuggestions.of(indicators(boltedOn()), placed, area -> "area " + area);
    assertEquals(List.of("Values: placed at 3 of 4 by the leaders"), s.strengths());
    assertEquals(
        List.of(
            "Specialist leadership: placed at 1 of 4 by the leaders",
            "Specialist knowledge rests with the SENCO: 3 of 4 specialist-level holdings",
            "Only 0 of 3 teachers at enhanced or above in area " + SP,
            "TAs had 0.3 h of CPD each, teachers 4.0 h",
            "Only one member of staff led training or coaching this year",
            "The SENCO is the only holder in 2 of 2 single points of failure"),
        s.weaknesses());
  }

  @Test
  void aSharedRecordSuggestsStrengths() {
    WorkforceFixture f =
        new WorkforceFixture()
            .competence(10, CI)
            .person(1, "SENCO")
            .person(2, "TEACHER")
            .person(3, "TEACHER")
            .person(4, "TA")
            .require("TEACHER", 10, 2)
            .verified(1, 10, 3)
            .verified(2, 10, 3)
            .verified(3, 10, 3)
            .verified(4, 10, 3)
            .activity(2, "IN_HOUSE", 3, 0, day(-5))
            .activity(3, "IN_HOUSE", 3, 0, day(-5))
            .activity(4, "COACHING", 3, 0, day(-5))
            .led(1, 2, "COACHING", day(-5))
            .led(2, 3, "IN_HOUSE", day(-5))
            .led(3, 4, "PEER_OBSERVATION", day(-5));
    SwotSuggestions.Suggested s = SwotSuggestions.of(indicators(f), Map.of(), area -> "CI");
    assertEquals(
        List.of(
            "Specialist knowledge is spread: the SENCO has 1 of 4 specialist-level holdings",
            "2 of 2 teachers at enhanced or above in CI",
            "TAs had 3.0 h of CPD each, teachers 3.0 h",
            "3 members of staff led training or coaching this year",
            "No required competence rests on one person"),
        s.strengths());
    assertTrue(s.weaknesses().isEmpty(), s.weaknesses().toString());
  }
}
