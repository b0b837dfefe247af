package org.sendcpd.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.analysis.WorkforceFixture.DATE;
import static org.sendcpd.analysis.WorkforceFixture.WINDOW;
import static org.sendcpd.analysis.WorkforceFixture.at;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosingCoursesTest {

  private static final long TA = 7;
  private static final long CI = 11;
  private static final long OTHER = 12;

  private static WorkforceFixture taNeedingEnhanced() {
    return new WorkforceFixture()
        .competence(CI, "COMMUNICATION_AND_INTERACTION")
        .competence(OTHER, null)
        .person(TA, "TA")
        .require("TA", CI, 2);
  }

  private static List<ClosingCourse> close(WorkforceFixture f) {
    GapAnalyser a = new GapAnalyser(f.build());
    GapCell gap = a.gapsOf(TA, DATE, WINDOW).get(0);
    assertEquals(GapStatus.GAP, gap.status());
    return a.howToClose(gap, DATE);
  }

  private static List<Long> ids(List<ClosingCourse> courses) {
    return courses.stream().map(ClosingCourse::courseId).toList();
  }

  @Test
  void onlyCoursesReachingTheRequiredLevelOnTheCompetence() {
    List<ClosingCourse> courses =
        close(
            taNeedingEnhanced()
                .course(1, 3, CI, 1)
                .course(2, 3, CI, 2)
                .course(3, 3, OTHER, 3)
                .course(4, 3, CI, 3));
    assertEquals(List.of(2L, 4L), ids(courses));
  }

  @Test
  void bestFirstLowestSufficientLevelThenFewestHours() {
    List<ClosingCourse> courses =
        close(
            taNeedingEnhanced()
                .course(1, 2, CI, 3)
                .course(2, 12, CI, 2)
                .course(3, 3, CI, 2)
                .course(4, 1, CI, 3));
    assertEquals(List.of(3L, 2L, 4L, 1L), ids(courses));
  }

  @Test
  void levelIsTheLowestSufficientOutcomeOfTheCourse() {
    List<ClosingCourse> courses =
        close(
            taNeedingEnhanced()
                .course(
                    1,
                    "Autism: enhanced and specialist",
                    6,
                    List.of(
                        new CourseOffer.Outcome(CI, 3),
                        new CourseOffer.Outcome(CI, 2),
                        new CourseOffer.Outcome(CI, 1),
                        new CourseOffer.Outcome(OTHER, 1))));
    assertEquals(1, courses.size());
    assertEquals(2, courses.get(0).level());
    assertEquals("Autism: enhanced and specialist", courses.get(0).title());
    assertEquals("IN_HOUSE", courses.get(0).delivery());
  }

  @Test
  void nextSessionsFromTheDateInDateOrderAtMostThree() {
    List<ClosingCourse> courses =
        close(
            taNeedingEnhanced()
                .course(1, 3, CI, 2)
                .session(15, 1, at(50), 10)
                .session(11, 1, at(-1), 10)
                .session(12, 1, at(0), 10)
                .session(14, 1, at(30), 10)
                .session(13, 1, at(7), 10));
    List<ClosingCourse.ClosingSession> sessions = courses.get(0).nextSessions();
    assertEquals(
        List.of(12L, 13L, 14L),
        sessions.stream().map(ClosingCourse.ClosingSession::sessionId).toList());
    assertEquals(10, sessions.get(0).freePlaces());
    assertFalse(sessions.get(0).personBooked());
  }

  @Test
  void fullSessionIsLeftOutUnlessThePersonIsBookedOnIt() {
    List<ClosingCourse> courses =
        close(
            taNeedingEnhanced()
                .course(1, 3, CI, 2)
                .session(11, 1, at(5), 2, 1L, 2L)
                .session(12, 1, at(6), 2, 3L, TA)
                .session(13, 1, at(7), 3, 1L, 2L));
    List<ClosingCourse.ClosingSession> sessions = courses.get(0).nextSessions();
    assertEquals(
        List.of(12L, 13L), sessions.stream().map(ClosingCourse.ClosingSession::sessionId).toList());
    assertTrue(sessions.get(0).personBooked());
    assertEquals(0, sessions.get(0).freePlaces());
    assertEquals(1, sessions.get(1).freePlaces());
  }

  @Test
  void courseWithNoComingSessionIsStillListed() {
    List<ClosingCourse> courses =
        close(taNeedingEnhanced().course(1, 3, CI, 2).session(11, 1, at(-3), 10));
    assertEquals(List.of(1L), ids(courses));
    assertTrue(courses.get(0).nextSessions().isEmpty());
  }

  @Test
  void nothingClosesItWhenNoCourseReachesTheLevel() {
    assertTrue(close(taNeedingEnhanced().course(1, 3, CI, 1)).isEmpty());
  }
}
