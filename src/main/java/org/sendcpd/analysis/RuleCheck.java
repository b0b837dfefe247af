package org.sendcpd.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * A coverage rule checked on a reference date: the valid holders in scope now, whether that is
 * below the minimum, and the first date within the window when it will be (a certificate lapses or
 * a holder leaves), with who causes it. A rule outside its date range is not active and never
 * breached.
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
    Long causeStaffId) {

  public int holders() {
    return holderIds.size();
  }

  /** Why the rule breaks on its breach date. */
  public enum BreachCause {
    TOO_FEW_HOLDERS,
    CERTIFICATE_LAPSES,
    HOLDER_LEAVES
  }
}
