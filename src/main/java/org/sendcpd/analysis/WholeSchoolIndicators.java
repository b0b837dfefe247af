package org.sendcpd.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * What the record says about how SEND expertise is shared in a school on a date, for its
 * self-review: a bolted-on school keeps specialist knowledge with the SENCO, few teachers reach the
 * enhanced level, TAs get a small share of the CPD hours, nobody but the SENCO leads training, and
 * many required competences rest on one person. Counts are of people in post on the date; hours and
 * led sessions are those of the academic year up to the date.
 *
 * @param specialistHoldings competences held at specialist level (3) or above, one per person and
 *     competence
 * @param specialistHeldBySenco those of them held by a SENCO
 * @param specialistHeldBySencoShare the SENCO's share, 0 to 1; null when nobody holds any
 * @param teachersEnhancedShareByArea per area of need, the teachers holding some competence of it
 *     at enhanced (2) or above
 * @param cpdHoursTeachersVsTas verified CPD hours of teachers and of teaching assistants
 * @param staffWhoLedTraining the people who led in-house training or collaborative learning
 * @param singlePointsOfFailure required competences held by one person or none
 */
public record WholeSchoolIndicators(
    long schoolId,
    LocalDate date,
    int specialistHoldings,
    int specialistHeldBySenco,
    Double specialistHeldBySencoShare,
    List<AreaShare> teachersEnhancedShareByArea,
    HoursSplit cpdHoursTeachersVsTas,
    StaffLed staffWhoLedTraining,
    SinglePoints singlePointsOfFailure) {

  /** Teachers at enhanced or above in one area of need; share null when there are no teachers. */
  public record AreaShare(String areaOfNeed, int teachers, int enhanced, Double share) {}

  /**
   * Hours of the two groups and per head; per head is null for a group with nobody in post. The
   * teachers' share is of the two groups' hours together (null when both had none).
   */
  public record HoursSplit(
      double teacherHours,
      double taHours,
      int teachers,
      int tas,
      Double hoursPerTeacher,
      Double hoursPerTa,
      Double teacherShare) {}

  /** How many of the people in post led a session this academic year, and who. */
  public record StaffLed(int count, int inPost, List<Long> staffIds, int sessions) {}

  /**
   * Single points of failure: the total, those whose only holder is a SENCO and those nobody in
   * post holds.
   */
  public record SinglePoints(int total, int onlyHolderIsSenco, int heldByNobody) {}
}
