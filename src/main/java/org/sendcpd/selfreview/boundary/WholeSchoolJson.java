package org.sendcpd.selfreview.boundary;

import java.time.LocalDate;
import java.util.List;
import org.sendcpd.analysis.WholeSchoolIndicators;

/** The self-review's indicators of a school on a date, as /api/analysis/whole-school answers. */
public record WholeSchoolJson(
    long schoolId,
    LocalDate date,
    Double specialistHeldBySencoShare,
    int specialistHoldings,
    int specialistHeldBySenco,
    List<WholeSchoolIndicators.AreaShare> teachersEnhancedShareByArea,
    WholeSchoolIndicators.HoursSplit cpdHoursTeachersVsTas,
    Led staffWhoLedTraining,
    WholeSchoolIndicators.SinglePoints singlePointsOfFailure) {

  /** How many in post led training or coaching this academic year, over how many sessions. */
  public record Led(int count, int inPost, int sessions) {}

  static WholeSchoolJson of(WholeSchoolIndicators w) {
    WholeSchoolIndicators.StaffLed led = w.staffWhoLedTraining();
    return new WholeSchoolJson(
        w.schoolId(),
        w.date(),
        w.specialistHeldBySencoShare(),
        w.specialistHoldings(),
        w.specialistHeldBySenco(),
        w.teachersEnhancedShareByArea(),
        w.cpdHoursTeachersVsTas(),
        new Led(led.count(), led.inPost(), led.sessions()),
        w.singlePointsOfFailure());
  }
}
