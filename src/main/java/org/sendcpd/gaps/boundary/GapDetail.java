package org.sendcpd.gaps.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.sendcpd.analysis.ClosingCourse;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.analysis.Person;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.workforce.control.SchoolAnalysis;

/**
 * One person's standing in one competence, with the courses and sessions that close a gap, and the
 * person's own confidence in it (1 to 4, null when not rated), which never changes the standing.
 */
public record GapDetail(
    long staffId,
    String person,
    String jobRole,
    String competenceCode,
    String statement,
    String framework,
    String area,
    String required,
    String held,
    GapStatus status,
    String explanation,
    List<Course> courses,
    Integer confidence)
    implements Serializable {

  /** A closing course with its coming sessions. */
  public record Course(
      long courseId, String title, String delivery, String level, List<Session> sessions)
      implements Serializable {}

  /** A coming session: when, how many places are free, and whether the person is booked. */
  public record Session(long sessionId, LocalDateTime startsAt, int freePlaces, boolean booked)
      implements Serializable {}

  /** The detail with the person's own confidence (1 to 4, null when not rated) beside it. */
  static GapDetail of(SchoolAnalysis analysis, GapCell cell, Integer confidence) {
    Person p = analysis.person(cell.staffId());
    CompetenceRef c = analysis.competence(cell.competenceId());
    List<ClosingCourse> closing =
        cell.status() == GapStatus.MET || cell.status() == GapStatus.NOT_REQUIRED
            ? List.of()
            : analysis.howToClose(cell);
    return new GapDetail(
        p.id(),
        p.name(),
        p.jobRole(),
        c.code(),
        c.statement(),
        c.frameworkName(),
        c.areaName(),
        cell.required() == 0 ? "not required" : c.levelName(cell.required()),
        cell.held() == 0 ? "nothing yet" : c.levelName(cell.held()),
        cell.status(),
        explain(cell),
        closing.stream()
            .map(
                k ->
                    new Course(
                        k.courseId(),
                        k.title(),
                        delivery(k.delivery()),
                        c.levelName(k.level()),
                        k.nextSessions().stream()
                            .map(
                                s ->
                                    new Session(
                                        s.sessionId(),
                                        s.startsAt(),
                                        s.freePlaces(),
                                        s.personBooked()))
                            .toList()))
            .toList(),
        confidence);
  }

  static String explain(GapCell cell) {
    String why = cell.fromObjective() ? " (set by an appraisal objective)" : "";
    return switch (cell.status()) {
      case MET -> "Met" + why + ".";
      case EXPIRING -> "Met until " + cell.heldUntil() + ": book a refresher before it lapses.";
      case PENDING -> "A record awaiting verification would meet this" + why + ".";
      case GAP ->
          cell.levelsShort()
              + (cell.levelsShort() == 1 ? " level" : " levels")
              + " short"
              + why
              + (cell.planned() ? "; already booked on a session that closes it." : ".");
      case NOT_REQUIRED -> "Not required of this person.";
    };
  }

  static String delivery(String delivery) {
    return DeliveryType.labelOf(delivery);
  }
}
