package org.sendcpd.analysis;

import java.time.DayOfWeek;
import java.util.List;

/**
 * Who could fill a group-day gap (no adult at enhanced in an area of need with pupils there): the
 * people already deployed there that day who are one level short (with the courses and sessions
 * that close it), and the adults who hold enhanced or above in the area but work elsewhere (or
 * nowhere recorded) that day.
 */
public record GroupGapAdvice(
    long schoolId,
    String group,
    String areaOfNeed,
    DayOfWeek day,
    List<NearlyThere> nearlyThere,
    List<HolderElsewhere> holdersElsewhere) {

  /** Deployed there that day, holding the competence one level below enhanced. */
  public record NearlyThere(
      long staffId, long competenceId, int held, List<ClosingCourse> closingCourses) {}

  /** Holds enhanced or above in the area; the groups they are with that day (empty: none). */
  public record HolderElsewhere(long staffId, int level, List<String> groupsThatDay) {}
}
