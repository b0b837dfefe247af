package org.sendcpd.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.sendcpd.training.control.SessionDayCheck;

/** Answers training's question about a session's time from the school's own year. */
@ApplicationScoped
public class SchoolDays implements SessionDayCheck {

  @Inject SchoolCalendar calendar;

  @Override
  public List<String> concerns(
      long schoolId, LocalDateTime startsAt, LocalDateTime endsAt, boolean inHouse) {
    return TrainingDays.concerns(calendar.years(schoolId), startsAt, endsAt, inHouse);
  }
}
