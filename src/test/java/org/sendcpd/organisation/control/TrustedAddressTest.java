package org.sendcpd.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustedAddressTest {

  static final SingleSignOnProvider GOOGLE =
      new SingleSignOnProvider(
          "google", "Google", "https://accounts.google.com", "c", "s", false, null);
  static final SingleSignOnProvider WORKSPACE =
      new SingleSignOnProvider(
          "google", "Google", "https://accounts.google.com", "c", "s", false, "oakfield.sch.uk");
  static final SingleSignOnProvider ENTRA =
      new SingleSignOnProvider(
          "microsoft",
          "Microsoft",
          "https://login.microsoftonline.com/t/v2.0",
          "c",
          "s",
          true,
          null);

  @Test
  void aVerifiedEmailIsBelievedFromAnyProviderInLowerCase() {
    Map<String, Object> claims =
        Map.of("email", "Ellie.Robinson@Oakfield.sch.uk", "email_verified", true);
    assertEquals(Optional.of("ellie.robinson@oakfield.sch.uk"), TrustedAddress.of(GOOGLE, claims));
    assertEquals(Optional.of("ellie.robinson@oakfield.sch.uk"), TrustedAddress.of(ENTRA, claims));
  }

  @Test
  void theClaimSentAsTextCountsToo() {
    assertEquals(
        Optional.of("a@b.uk"),
        TrustedAddress.of(GOOGLE, Map.of("email", "a@b.uk", "email_verified", "true")));
  }

  @Test
  void googleWithoutAVerifiedEmailGivesNothing() {
    assertTrue(TrustedAddress.of(GOOGLE, Map.of("email", "a@b.uk")).isEmpty());
    assertTrue(
        TrustedAddress.of(GOOGLE, Map.of("email", "a@b.uk", "email_verified", false)).isEmpty());
  }

  @Test
  void aTenantIssuerIsBelievedForItsOwnAddressesWithoutTheClaim() {
    assertEquals(Optional.of("a@b.uk"), TrustedAddress.of(ENTRA, Map.of("email", "a@b.uk")));
    assertEquals(
        Optional.of("a@b.uk"), TrustedAddress.of(ENTRA, Map.of("preferred_username", "A@b.uk")));
  }

  @Test
  void anUnverifiedClaimIsRefusedEvenFromATenant() {
    assertTrue(
        TrustedAddress.of(ENTRA, Map.of("email", "a@b.uk", "email_verified", false)).isEmpty());
  }

  @Test
  void somethingThatIsNotAnAddressIsNotTaken() {
    assertTrue(TrustedAddress.of(ENTRA, Map.of("preferred_username", "+447700900123")).isEmpty());
    assertTrue(TrustedAddress.of(ENTRA, Map.of()).isEmpty());
  }

  @Test
  void aWorkspaceDomainAsksForTheHdClaim() {
    assertTrue(TrustedAddress.fromHostedDomain(WORKSPACE, Map.of("hd", "oakfield.sch.uk")));
    assertFalse(TrustedAddress.fromHostedDomain(WORKSPACE, Map.of()));
    assertFalse(TrustedAddress.fromHostedDomain(WORKSPACE, Map.of("hd", "gmail.com")));
    assertTrue(TrustedAddress.fromHostedDomain(GOOGLE, Map.of()));
  }
}
