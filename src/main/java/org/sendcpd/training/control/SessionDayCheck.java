package org.sendcpd.training.control;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Whether a session's time is a usual time for training at its school: on a school day, and on an
 * INSET day when the school's own staff run it for a whole day. The calendar component keeps the
 * school year and answers; training asks it through this, as the components above the workforce
 * register their sources.
 */
public interface SessionDayCheck {

  /** What is unusual about the time, in words for the planner; empty when nothing is. */
  List<String> concerns(
      long schoolId, LocalDateTime startsAt, LocalDateTime endsAt, boolean inHouse);
}
