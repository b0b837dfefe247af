package org.sendcpd.organisation.control;

import java.time.LocalDate;

/**
 * What every request of a remembered sign-in asks of the account: whether it may still act
 * (enabled, owner not left), the security version it must still carry, and whether a new password
 * is due.
 */
public record Standing(
    boolean enabled, LocalDate leftOn, int securityVersion, boolean mustChangePassword) {

  public boolean mayAct(LocalDate today) {
    return enabled && !Leavers.hasLeft(leftOn, today);
  }

  /** May act, and nothing about the account changed since the sign-in that saw {@code version}. */
  public boolean stillValidFor(int version, LocalDate today) {
    return mayAct(today) && securityVersion == version;
  }
}
