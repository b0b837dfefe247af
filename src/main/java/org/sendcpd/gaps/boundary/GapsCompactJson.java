package org.sendcpd.gaps.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendcpd.analysis.GapStatus;

/**
 * The gaps answer with each closing course listed once ({@code ?courses=once}): the rows say which
 * courses close them by id, and the courses list says what each is and when it next runs. What
 * differs from person to person (the sessions they are booked on) stays in the row.
 */
@Schema(
    name = "GapsCompact",
    description =
        "The gap rows with each closing course listed once: a row's closingCourseIds refer to"
            + " courses[].courseId, best first; bookings says which of the courses' sessions each"
            + " person is booked on")
public record GapsCompactJson(List<Row> rows, List<Course> courses, List<Booked> bookings) {

  /** The media type of this form, so the OpenAPI document can tell it from the plain rows. */
  public static final String MEDIA_TYPE = "application/vnd.sendcpd.gaps-compact+json";

  /** A row as in the plain answer, with its closing courses named by id. */
  @Schema(
      name = "GapRowCompact",
      description =
          "A person x competence as in GapRow, but closingCourseIds name its closing courses"
              + " (best first) in courses")
  public record Row(
      long staffId,
      String staffName,
      String competenceCode,
      String framework,
      int required,
      String requiredLevel,
      int held,
      String heldLevel,
      GapStatus status,
      int levelsShort,
      LocalDate heldUntil,
      boolean fromObjective,
      boolean planned,
      List<Long> closingCourseIds,
      Integer confidence) {}

  /** A closing course, once. */
  @Schema(
      name = "GapCourse",
      description =
          "A course that closes at least one row of the page. A row's next sessions of it are"
              + " the first three of nextSessions that have a free place or that the row's person"
              + " is booked on (bookings)")
  public record Course(
      long courseId,
      String title,
      String delivery,
      @Schema(
              description =
                  "the level it brings each competence it closes on this page to, by competence"
                      + " code",
              additionalProperties = Integer.class)
          Map<String, Integer> levelByCompetence,
      List<Session> nextSessions) {}

  /** A coming session of a closing course: the same for everyone. */
  @Schema(
      name = "GapCourseSession",
      description =
          "A coming session with a free place, or one that someone on the page is booked on")
  public record Session(long sessionId, LocalDateTime startsAt, int freePlaces) {}

  /** The sessions of the listed courses one person is booked on. */
  @Schema(
      name = "GapPersonBookings",
      description =
          "The sessions of the listed courses a person on the page is booked on (people booked on"
              + " none are left out)")
  public record Booked(long staffId, List<Long> sessionIds) {}
}
