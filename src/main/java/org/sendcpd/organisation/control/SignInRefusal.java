package org.sendcpd.organisation.control;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Why the identity store just refused a correct password: the account is disabled, its owner has
 * left, or their school signs in only through single sign-on ({@code ssoSchool} names it). Told
 * only after the password matched, so it reveals nothing to someone guessing. Handed from the
 * identity store to the sign-in route on the same thread (a check runs synchronously in the
 * request), because Jakarta Security's invalid result carries no reason.
 */
public record SignInRefusal(LocalDate leftOn, String ssoSchool) {

  public SignInRefusal(LocalDate leftOn) {
    this(leftOn, null);
  }

  /** Refused because the person's school turned password sign-in off. */
  static SignInRefusal singleSignOnOnly(String schoolName) {
    return new SignInRefusal(null, schoolName);
  }

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
    if (ssoSchool != null) {
      return ssoSchool
          + " signs in with Microsoft or Google only: passwords are turned off for its staff,"
          + " here and on the API; sign in on the sign-in page with your school account";
    }
    return leftOn == null
        ? "This account is disabled; ask your administrator"
        : "This account was closed because its owner left on " + leftOn;
  }
}
