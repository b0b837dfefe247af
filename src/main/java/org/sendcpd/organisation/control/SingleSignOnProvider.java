package org.sendcpd.organisation.control;

/**
 * An OpenID Connect provider this installation signs people in with: Microsoft Entra ID or Google
 * Workspace, set up by environment variables ({@code CPD_SSO_MICROSOFT_*}, {@code
 * CPD_SSO_GOOGLE_*}).
 *
 * @param id the name in the sign-in address, {@code microsoft} or {@code google}
 * @param label what the button says after "Sign in with"
 * @param issuer the provider's issuer; its discovery document is read from there
 * @param trustsTenantAddresses whether the {@code email} or {@code preferred_username} of a token
 *     from this issuer is believed without an {@code email_verified} claim: true for a Microsoft
 *     issuer of one tenant (the school's own directory, whose administrators own those addresses)
 * @param hostedDomain for Google: the Workspace domain a person must belong to ({@code hd} claim),
 *     or null for any verified address
 */
public record SingleSignOnProvider(
    String id,
    String label,
    String issuer,
    String clientId,
    String clientSecret,
    boolean trustsTenantAddresses,
    String hostedDomain) {

  @Override
  public String toString() {
    return label + " (" + issuer + ")"; // never the secret
  }
}
