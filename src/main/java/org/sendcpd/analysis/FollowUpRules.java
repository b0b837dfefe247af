package org.sendcpd.analysis;

import java.time.LocalDate;

/**
 * When a follow-up of CPD is asked and how it stands. It falls due a number of weeks after the
 * training was completed (six unless the school configures otherwise: long enough to have tried
 * something, short enough to remember the course); from that day until someone answers it is DUE;
 * before, COMING; once answered, ANSWERED (whatever the stage: "not yet" is an answer too).
 */
public final class FollowUpRules {

  public static final int DEFAULT_WEEKS = 6;

  /** Where a follow-up stands on a date. */
  public enum Status {
    COMING,
    DUE,
    ANSWERED
  }

  private FollowUpRules() {}

  public static LocalDate dueOn(LocalDate completedOn, int weeks) {
    if (weeks < 1) {
      throw new IllegalArgumentException("a follow-up comes at least one week after training");
    }
    return completedOn.plusWeeks(weeks);
  }

  public static Status status(LocalDate dueOn, FollowUpStage stage, LocalDate today) {
    if (stage != null) {
      return Status.ANSWERED;
    }
    return today.isBefore(dueOn) ? Status.COMING : Status.DUE;
  }
}
