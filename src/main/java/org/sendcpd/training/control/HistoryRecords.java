package org.sendcpd.training.control;

import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.RecordSource;

/**
 * Makes the CPD record a history's lines describe. A title of the catalogue takes the course's
 * delivery, hours, provider, cost, validity and outcomes, each replaced by what the lines give; a
 * free title has what the lines give.
 */
final class HistoryRecords {

  private HistoryRecords() {}

  static CpdRecord build(HistoryRecord planned) {
    HistoryEntry first = planned.first;
    Course course = planned.course;
    CpdRecord record;
    if (course == null) {
      record =
          new CpdRecord(
              planned.person,
              first.title(),
              first.delivery(),
              first.completedOn(),
              first.hours(),
              RecordSource.IMPORTED);
      record.setProvider(first.provider());
      record.setCost(first.cost());
    } else {
      record =
          CpdRecord.ofCourse(planned.person, course, first.completedOn(), RecordSource.IMPORTED);
      record.revise(
          course.getTitle(),
          first.provider() == null ? course.getProvider() : first.provider(),
          first.delivery() == null ? course.getDelivery() : first.delivery(),
          first.completedOn(),
          first.hours() == null ? course.getHours() : first.hours(),
          first.cost() == null ? course.getCostPerPlace() : first.cost(),
          null);
      if (!planned.outcomes.isEmpty()) {
        record.clearOutcomes();
      }
    }
    planned.outcomes.forEach(record::addOutcome);
    if (first.expiresOn() != null) {
      record.setExpiresOn(first.expiresOn());
    }
    return record;
  }
}
