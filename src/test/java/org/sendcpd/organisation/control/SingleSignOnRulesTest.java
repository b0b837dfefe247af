package org.sendcpd.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SingleSignOnRulesTest {

  @Test
  void aUsernameIsTheLocalPartAsTheDemoAccountsAreNamed() {
    assertEquals(
        "ellie.robinson",
        SingleSignOnAccounts.usernameFor("Ellie.Robinson@oakfield.sch.uk", n -> false));
  }

  @Test
  void aTakenUsernameGetsANumber() {
    Set<String> taken = Set.of("ellie", "ellie-2");
    assertEquals("ellie-3", SingleSignOnAccounts.usernameFor("ellie@x.uk", taken::contains));
  }

  @Test
  void charactersAUsernameCannotHoldBecomeDotsAndShortOnesGrow() {
    assertEquals("o.neill.cpd", SingleSignOnAccounts.usernameFor("O'Neill+cpd@x.uk", n -> false));
    assertEquals("jo.staff", SingleSignOnAccounts.usernameFor("jo@x.uk", n -> false));
  }

  @Test
  void sharedMicrosoftIssuersAreRecognised() {
    assertTrue(
        SingleSignOnProviders.isSharedMicrosoftIssuer(
            "https://login.microsoftonline.com/common/v2.0"));
    assertTrue(
        SingleSignOnProviders.isSharedMicrosoftIssuer(
            "https://login.microsoftonline.com/organizations/v2.0"));
    assertTrue(
        SingleSignOnProviders.isSharedMicrosoftIssuer(
            "https://login.microsoftonline.com/consumers"));
    assertFalse(
        SingleSignOnProviders.isSharedMicrosoftIssuer(
            "https://login.microsoftonline.com/9b1c3f4e-0d2a-4c55-9a57-2f1e0b6c7d88/v2.0"));
  }
}
