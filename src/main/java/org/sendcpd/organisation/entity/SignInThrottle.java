package org.sendcpd.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.sendcpd.platform.control.NotReadByAnalysis;

/**
 * The refused sign-ins of one subject: an account name (whether or not such an account exists, so a
 * refusal never tells which names are real) or a client address. Kept in the database so every
 * instance of a trust counts the same attempts and honours the same lock.
 *
 * <p>The rule ({@link ThrottleLimits}): failures are counted in a window that opens with the first
 * one; past the free ones, each attempt must wait a growing delay after the last failure, and an
 * attempt inside that delay is refused without looking at the password, and counts; at the limit
 * the subject is locked. A lock ends by itself or when an administrator unlocks; a successful
 * sign-in clears an account's count (never an address's: one good account must not hide guessing at
 * others).
 */
@Entity
@Table(name = "sign_in_throttle")
@NamedQuery(
    name = SignInThrottle.DELETE_STALE,
    query =
        "DELETE FROM SignInThrottle t WHERE t.lastFailureAt < :before"
            + " AND (t.lockedUntil IS NULL OR t.lockedUntil < :now)")
@NamedQuery(
    name = SignInThrottle.FIND_LOCKED,
    query =
        "SELECT t FROM SignInThrottle t WHERE t.lockedUntil > :now AND t.subject LIKE :prefix"
            + " ORDER BY t.subject")
@NotReadByAnalysis
public class SignInThrottle {

  public static final String DELETE_STALE = "SignInThrottle.deleteStale";
  public static final String FIND_LOCKED = "SignInThrottle.findLocked";

  /** {@code account:<name>} or {@code address:<ip>}. */
  @Id
  @NotBlank
  @Size(max = 160)
  private String subject;

  private int failures;

  @Column(name = "window_started_at", nullable = false)
  private Instant windowStartedAt;

  @Column(name = "last_failure_at", nullable = false)
  private Instant lastFailureAt;

  /** Set while locked; in the past once the lock has run out. */
  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected SignInThrottle() {}

  public SignInThrottle(String subject, Instant now) {
    this.subject = subject;
    this.windowStartedAt = now;
    this.lastFailureAt = now;
  }

  /** Whether an attempt now is refused unseen: locked, or inside the delay after a failure. */
  public boolean refuses(Instant now, ThrottleLimits limits) {
    if (isLocked(now)) {
      return true;
    }
    if (windowOver(now, limits)) {
      return false;
    }
    return now.isBefore(lastFailureAt.plus(limits.delayAfter(failures)));
  }

  /**
   * Counts a refused attempt. Answers true when this failure locked the subject, so the lock is
   * audited once; failures while locked count but never lengthen the lock.
   */
  public boolean fail(Instant now, ThrottleLimits limits) {
    boolean lockRanOut = lockedUntil != null && !now.isBefore(lockedUntil);
    if (lockRanOut || (!isLocked(now) && windowOver(now, limits))) {
      failures = 0;
      windowStartedAt = now;
      lockedUntil = null;
    }
    failures++;
    lastFailureAt = now;
    if (lockedUntil == null && failures >= limits.lockAfter()) {
      lockedUntil = now.plus(limits.lockFor());
      return true;
    }
    return false;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  private boolean windowOver(Instant now, ThrottleLimits limits) {
    return !now.isBefore(windowStartedAt.plus(limits.window()));
  }

  public String getSubject() {
    return subject;
  }

  public int getFailures() {
    return failures;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }
}
