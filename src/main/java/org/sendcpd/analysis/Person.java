package org.sendcpd.analysis;

import java.time.LocalDate;

/**
 * A member of staff as the analysis sees them. Job roles are the names of the model's JobRole
 * (TEACHER, TA, ...). A person counts on a date from their start date (if any) until the day before
 * they leave: a leaver drops out of current capacity but keeps their history.
 */
public record Person(
    long id,
    long schoolId,
    String name,
    String jobRole,
    String team,
    double fte,
    LocalDate startDate,
    LocalDate leftDate) {

  public boolean inPostOn(LocalDate date) {
    return (startDate == null || !startDate.isAfter(date))
        && (leftDate == null || leftDate.isAfter(date));
  }
}
