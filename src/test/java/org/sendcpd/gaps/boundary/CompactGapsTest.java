package org.sendcpd.gaps.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.gaps.boundary.GapJson.CourseJson;
import org.sendcpd.gaps.boundary.GapJson.SessionJson;

class CompactGapsTest {

  static final LocalDateTime MONDAY = LocalDateTime.of(2026, 12, 7, 15, 45);

  @Test
  void eachCourseOnceWithTheSessionsOfEveryRowAndBookingsOncePerPerson() {
    SessionJson open = new SessionJson(11, MONDAY.plusDays(7), 4, false);
    SessionJson full = new SessionJson(10, MONDAY, 0, true);
    CourseJson forBooked = new CourseJson(5, "Autism basics", "IN_HOUSE", 2, List.of(full, open));
    CourseJson forOthers = new CourseJson(5, "Autism basics", "IN_HOUSE", 3, List.of(open));
    CourseJson other = new CourseJson(6, "Reading", "ONLINE", 2, List.of());
    CompactGaps compact = new CompactGaps();

    GapsCompactJson.Row booked = compact.add(row(1, "AU-01", forBooked, other));
    GapsCompactJson.Row notBooked = compact.add(row(2, "AU-02", forOthers));
    GapsCompactJson.Row met = compact.add(row(2, "AU-03"));

    assertEquals(List.of(5L, 6L), booked.closingCourseIds());
    assertEquals(List.of(5L), notBooked.closingCourseIds());
    assertEquals(List.of(new GapsCompactJson.Booked(1, List.of(10L))), compact.bookings());
    assertEquals(List.of(), met.closingCourseIds());
    assertEquals(
        List.of(
            new GapsCompactJson.Course(
                5,
                "Autism basics",
                "IN_HOUSE",
                Map.of("AU-01", 2, "AU-02", 3),
                List.of(
                    new GapsCompactJson.Session(10, MONDAY, 0),
                    new GapsCompactJson.Session(11, MONDAY.plusDays(7), 4))),
            new GapsCompactJson.Course(6, "Reading", "ONLINE", Map.of("AU-01", 2), List.of())),
        compact.courses());
  }

  private static GapJson row(long staffId, String code, CourseJson... closing) {
    return new GapJson(
        staffId,
        "Person " + staffId,
        code,
        "Autism",
        2,
        "Confident",
        0,
        null,
        closing.length == 0 ? GapStatus.MET : GapStatus.GAP,
        2,
        null,
        false,
        false,
        List.of(closing),
        null);
  }
}
