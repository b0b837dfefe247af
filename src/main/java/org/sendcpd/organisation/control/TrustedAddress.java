package org.sendcpd.organisation.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which work address of a signed ID token is believed, to find the person's staff record by it.
 *
 * <ul>
 *   <li>An {@code email} with {@code email_verified} true, from any provider: the provider says it
 *       checked that the person holds the address (Google always sends the claim).
 *   <li>An {@code email_verified} of false is never believed.
 *   <li>Without the claim (Microsoft Entra ID does not send it), the {@code email}, else the {@code
 *       preferred_username}, of a provider whose issuer is one tenant: the school's own directory,
 *       whose administrators create those addresses. A shared issuer is refused when the
 *       installation starts ({@link SingleSignOnProviders}).
 * </ul>
 *
 * A provider with a hosted domain (Google Workspace) also asks that the token's {@code hd} claim
 * names it, so a private Google account that happens to use a work address is not taken.
 */
public final class TrustedAddress {

  private TrustedAddress() {}

  /** The believed address, lower-case, or empty when the token gives none to believe. */
  public static Optional<String> of(SingleSignOnProvider provider, Map<String, Object> claims) {
    Object verified = claims.get("email_verified");
    String email = text(claims.get("email"));
    if (isTrue(verified) && looksLikeAddress(email)) {
      return Optional.of(email.toLowerCase(Locale.ROOT));
    }
    if (verified != null || !provider.trustsTenantAddresses()) {
      return Optional.empty();
    }
    String address = email != null ? email : text(claims.get("preferred_username"));
    return looksLikeAddress(address)
        ? Optional.of(address.toLowerCase(Locale.ROOT))
        : Optional.empty();
  }

  /** Whether the token comes from the provider's Workspace domain, when it names one. */
  public static boolean fromHostedDomain(
      SingleSignOnProvider provider, Map<String, Object> claims) {
    String hd = text(claims.get("hd"));
    return provider.hostedDomain() == null || provider.hostedDomain().equalsIgnoreCase(hd);
  }

  private static boolean isTrue(Object claim) {
    // some providers send the claim as the text "true"
    return Boolean.TRUE.equals(claim) || "true".equalsIgnoreCase(text(claim));
  }

  private static boolean looksLikeAddress(String value) {
    return value != null && value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  }

  private static String text(Object claim) {
    return claim == null ? null : claim.toString().strip();
  }
}
