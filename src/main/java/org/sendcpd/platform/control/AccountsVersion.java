package org.sendcpd.platform.control;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the committed changes to sign-in accounts (and the staff records they act for) seen by
 * this instance, its own and, in a cluster, the others' ({@link ClusterAccountChanges}), so what
 * was read of a signed-in caller's account may be kept until one of them moves it. Raised only
 * after the change is committed: a reader who took the number before reading a row the change had
 * not yet reached holds an older number, and reads again.
 */
public final class AccountsVersion {

  private static final AtomicLong VERSION = new AtomicLong();
  private static volatile Runnable announcement = () -> {};

  private AccountsVersion() {}

  public static long current() {
    return VERSION.get();
  }

  /**
   * An account change was committed through this instance: here, and (in a cluster) on the others
   * once this returns.
   */
  public static void changed() {
    VERSION.incrementAndGet();
    announcement.run();
  }

  /** Another instance of the cluster changed an account. */
  static void changedElsewhere() {
    VERSION.incrementAndGet();
  }

  static void announceTo(Runnable whom) {
    announcement = whom;
  }
}
