package org.sendcpd.organisation.control;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A single sign-on under way, kept in the browser's session between the redirect to the provider
 * and its answer: the state the answer must carry back, the nonce the ID token must contain, and
 * the PKCE verifier that proves to the token endpoint that this server asked for the code.
 */
public record PendingSignIn(
    String providerId,
    String state,
    String nonce,
    String codeVerifier,
    String redirectUri,
    Instant startedAt)
    implements Serializable {

  public static final String SESSION_KEY = "sendcpd.sso.pending";

  /** Long enough to type a password and answer a second factor at the provider. */
  static final Duration VALID_FOR = Duration.ofMinutes(15);

  public boolean isStale(Instant now) {
    return now.isAfter(startedAt.plus(VALID_FOR));
  }
}
