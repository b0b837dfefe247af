package org.sendcpd.gaps.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendcpd.analysis.ClosingCourse;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.workforce.control.SchoolAnalysis;

/**
 * One row of /api/analysis/gaps: a person x competence and how to close it. confidence is the
 * person's own latest rating, 1 to 4 (null when none): shown beside the status, never part of it.
 */
@Schema(
    name = "GapRow",
    description = "A person x competence: required and held level, status, how to close it")
public record GapJson(
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
    List<CourseJson> closingCourses,
    Integer confidence) {

  /** A course that closes the gap, with its next sessions. */
  @Schema(name = "GapClosingCourse")
  public record CourseJson(
      long courseId, String title, String delivery, int level, List<SessionJson> nextSessions) {}

  /** A coming session of it. */
  @Schema(name = "GapClosingSession")
  public record SessionJson(
      long sessionId, LocalDateTime startsAt, int freePlaces, boolean booked) {}

  static GapJson of(
      SchoolAnalysis analysis, GapCell cell, List<ClosingCourse> closing, Integer confidence) {
    CompetenceRef competence = analysis.competence(cell.competenceId());
    return new GapJson(
        cell.staffId(),
        analysis.person(cell.staffId()).name(),
        competence.code(),
        competence.frameworkName(),
        cell.required(),
        cell.required() == 0 ? null : competence.levelName(cell.required()),
        cell.held(),
        cell.held() == 0 ? null : competence.levelName(cell.held()),
        cell.status(),
        cell.levelsShort(),
        cell.heldUntil(),
        cell.fromObjective(),
        cell.planned(),
        closing.stream()
            .map(
                c ->
                    new CourseJson(
                        c.courseId(),
                        c.title(),
                        c.delivery(),
                        c.level(),
                        c.nextSessions().stream()
                            .map(
                                s ->
                                    new SessionJson(
                                        s.sessionId(),
                                        s.startsAt(),
                                        s.freePlaces(),
                                        s.personBooked()))
                            .toList()))
            .toList(),
        confidence);
  }
}
