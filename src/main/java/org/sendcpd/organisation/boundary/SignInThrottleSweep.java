package org.sendcpd.organisation.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.sendcpd.organisation.control.SignInGuard;

/**
 * Every hour forgets the refused sign-ins that can no longer matter, so guessing at many made-up
 * names leaves no lasting rows. Not persistent: each instance of a cluster runs it, which is
 * harmless (a row is deleted once).
 */
@Singleton
public class SignInThrottleSweep {

  @Inject SignInGuard guard;

  @Schedule(hour = "*", minute = "41", persistent = false, info = "forget old refused sign-ins")
  public void forgetOldFailures() {
    guard.sweep();
  }
}
