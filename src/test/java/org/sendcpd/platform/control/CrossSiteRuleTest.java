package org.sendcpd.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which API calls another web site could make a browser send, and so are refused. */
class CrossSiteRuleTest {

  static Optional<CrossSiteRule.Refusal> check(String method, String type, String origin) {
    return CrossSiteRule.check(method, type, origin, "http", "cpd.school.example:8080");
  }

  @Test
  void readsAreNeverRefused() {
    assertTrue(check("GET", null, "https://elsewhere.example").isEmpty());
    assertTrue(check("HEAD", "text/plain", "https://elsewhere.example").isEmpty());
  }

  @Test
  void aChangeFromAnotherOriginIsRefusedWith403() {
    assertEquals(
        403, check("POST", "application/json", "https://elsewhere.example").orElseThrow().status());
    assertEquals(403, check("DELETE", null, "null").orElseThrow().status());
    assertEquals(
        403,
        check("PUT", "application/json", "https://cpd.school.example:8080").orElseThrow().status(),
        "another scheme is another origin");
  }

  @Test
  void ourOwnOriginAndScriptsWithoutOneMayChange() {
    assertTrue(check("POST", "application/json", "http://cpd.school.example:8080").isEmpty());
    assertTrue(check("POST", "application/json", "HTTP://CPD.school.example:8080").isEmpty());
    assertTrue(check("POST", "text/csv; charset=UTF-8", null).isEmpty());
    assertTrue(check("POST", "multipart/form-data; boundary=x", null).isEmpty());
    assertTrue(check("POST", CrossSiteRule.XLSX, null).isEmpty(), "a CPD history workbook");
    assertTrue(check("POST", null, null).isEmpty(), "no body at all");
  }

  @Test
  void defaultPortsCompareEqualToNone() {
    assertTrue(
        CrossSiteRule.check(
                "POST", "application/json", "https://cpd.example", "https", "cpd.example:443")
            .isEmpty());
  }

  @Test
  void bodiesABrowserMaySendUnaskedAreRefusedWith415() {
    for (String type :
        new String[] {
          "text/plain", "application/x-www-form-urlencoded", "text/plain;charset=UTF-8"
        }) {
      CrossSiteRule.Refusal refusal = check("POST", type, null).orElseThrow();
      assertEquals(415, refusal.status(), type);
      assertTrue(refusal.reason().contains("text/csv"), refusal.reason());
    }
  }
}
