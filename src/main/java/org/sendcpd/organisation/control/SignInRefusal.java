package org.sendcpd.organisation.control;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Why the identity store just refused a correct password: the account is disabled, or its owner has
 * left. Told only after the password matched, so it reveals nothing to someone guessing. Handed
 * from the identity store to the sign-in route on the same thread (a check runs synchronously in
 * the request), because Jakarta Security's invalid result carries no reason.
 */
public record SignInRefusal(LocalDate leftOn) {

  private static final ThreadLocal<SignInRefusal> LAST = new ThreadLocal<>();

  /** Refused because the account is disabled; {@code leftOn} is set when its owner has left. */
  static void tell(SignInRefusal refusal) {
    LAST.set(refusal);
  }

  /** The refusal of the check just made on this thread, if any; asking forgets it. */
  public static Optional<SignInRefusal> take() {
    SignInRefusal refusal = LAST.get();
    LAST.remove();
    return Optional.ofNullable(refusal);
  }

  /** Forgets a refusal left by an earlier check on this thread. */
  public static void clear() {
    LAST.remove();
  }

  /** For the API's 401 answer. */
  public String message() {
    return leftOn == null
        ? "This account is disabled; ask your administrator"
        : "This account was closed because its owner left on " + leftOn;
  }
}
