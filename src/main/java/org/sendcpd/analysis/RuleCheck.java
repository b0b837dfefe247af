package org.sendcpd.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * A coverage rule checked on a reference date: the valid holders in scope now, whether that is
 * below the minimum, and the first date within the window when it will be (a certificate lapses, a
 * holder leaves or moves to another group), with who causes it. A rule outside its date range is
 * not active and never breached. For a rule counted by deployment, day is the school day that is
 * short (or, when none is, the day with fewest holders, whose holders holderIds are); null for a
 * rule that counts a team on every day alike.
 */
public record RuleCheck(
    long ruleId,
    long schoolId,
    String name,
    long competenceId,
    int level,
    int minHolders,
    boolean active,
    List<Long> holderIds,
    boolean breachedNow,
    LocalDate breachDate,
    BreachCause cause,
    Long causeStaffId,
    DayOfWeek day) {

  public RuleCheck(
      long ruleId,
      long schoolId,
      String name,
      long competenceId,
      int level,
      int minHolders,
      boolean active,
      List<Long> holderIds,
      boolean breachedNow,
      LocalDate breachDate,
      BreachCause cause,
      Long causeStaffId) {
    this(
        ruleId,
        schoolId,
        name,
        competenceId,
        level,
        minHolders,
        active,
        holderIds,
        breachedNow,
        breachDate,
        cause,
        causeStaffId,
        null);
  }

  public int holders() {
    return holderIds.size();
  }

  /** Why the rule breaks on its breach date. */
  public enum BreachCause {
    TOO_FEW_HOLDERS,
    CERTIFICATE_LAPSES,
    HOLDER_LEAVES,
    /** A holder is no longer deployed to the group on that day. */
    HOLDER_MOVES
  }
}
