package org.sendcpd.organisation.control;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Why a single sign-on did not sign the person in, kept in their session for the page that says so.
 *
 * @param provider the provider's label ("Microsoft"), or null when unknown
 * @param address the address the provider vouched for, when the refusal is about it
 * @param leftOn the leaving date, for {@link Reason#LEFT}
 */
public record SingleSignOnRefusal(Reason reason, String provider, String address, LocalDate leftOn)
    implements Serializable {

  public static final String SESSION_KEY = "sendcpd.sso.refusal";

  public SingleSignOnRefusal(Reason reason, String provider) {
    this(reason, provider, null, null);
  }

  /** What went wrong; each has its own words on the refusal page. */
  public enum Reason {
    /** The provider could not be reached, or answered with something that is not OpenID. */
    UNREACHABLE,
    /** The person cancelled at the provider, or it refused them. */
    CANCELLED,
    /** The answer does not belong to a sign-in started in this browser in the last minutes. */
    EXPIRED,
    /** The provider's answer failed its checks (signature, audience, nonce, issuer, time). */
    INVALID,
    /** The token carries no address the provider vouches for. */
    NO_VERIFIED_ADDRESS,
    /** A Google account outside the school's Workspace domain. */
    OTHER_DOMAIN,
    /** No staff record uses the address: no account is made for it. */
    UNKNOWN_ADDRESS,
    /** The person has left the school. */
    LEFT,
    /** The person's account is disabled. */
    DISABLED
  }
}
