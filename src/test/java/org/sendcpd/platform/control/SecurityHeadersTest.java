package org.sendcpd.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The policy, with and without PrimeFaces' nonce, and which answers may be kept. */
class SecurityHeadersTest {

  @Test
  void thePolicyTakesTheNonceFromPrimeFaces() {
    String primeFaces = "script-src 'self' 'nonce-YWJj+/d=';";
    Optional<String> nonce = SecurityHeaders.nonceOf(primeFaces);
    assertEquals(Optional.of("YWJj+/d="), nonce);
    String policy = SecurityHeaders.policy(nonce);
    assertTrue(policy.contains("script-src 'self' 'nonce-YWJj+/d='"), policy);
    assertTrue(policy.startsWith("default-src 'self'"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertTrue(policy.contains("object-src 'none'"), policy);
    assertTrue(policy.contains("base-uri 'self'"), policy);
  }

  @Test
  void withoutANonceScriptsComeOnlyFromThisServer() {
    String policy = SecurityHeaders.policy(SecurityHeaders.nonceOf("nonsense"));
    assertTrue(policy.contains("script-src 'self';"), policy);
    assertFalse(policy.contains("nonce"), policy);
  }

  @Test
  void onlySharedResourcesMayBeKept() {
    assertTrue(SecurityHeaders.cacheable("/jakarta.faces.resource/theme.css.xhtml"));
    assertTrue(SecurityHeaders.cacheable("/resources/images/logo.png"));
    assertFalse(SecurityHeaders.cacheable("/training/my-cpd.xhtml"));
    assertFalse(SecurityHeaders.cacheable("/api/cpd-records"));
    assertFalse(SecurityHeaders.cacheable("/training/certificate"));
  }
}
