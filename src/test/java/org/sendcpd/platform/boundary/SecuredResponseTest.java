package org.sendcpd.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The headers a response keeps whatever the code behind the filter does to it. */
class SecuredResponseTest {

  final Map<String, List<String>> headers = new LinkedHashMap<>();
  final List<Cookie> cookies = new ArrayList<>();

  /** A response that only records headers and cookies, and forgets them on reset. */
  HttpServletResponse recording() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "setHeader" ->
                    headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                case "addHeader" ->
                    headers
                        .computeIfAbsent((String) args[0], k -> new ArrayList<>())
                        .add((String) args[1]);
                case "addCookie" -> cookies.add((Cookie) args[0]);
                case "reset" -> headers.clear();
                default -> {}
              }
              return null;
            });
  }

  @Test
  void primeFacesPolicyBecomesTheWholePolicyWithItsNonce() {
    SecuredResponse response = new SecuredResponse(recording(), "/login.xhtml", false);
    response.applyHeaders();
    response.addHeader("Content-Security-Policy", "script-src 'self' 'nonce-abc123';");

    List<String> policies = headers.get("Content-Security-Policy");
    assertEquals(1, policies.size(), policies.toString());
    assertTrue(policies.get(0).contains("script-src 'self' 'nonce-abc123'"), policies.toString());
    assertTrue(policies.get(0).contains("frame-ancestors 'none'"), policies.toString());
  }

  @Test
  void aPersonalAnswerIsNeverKeptWhatEverTheCodeBehindAsks() {
    SecuredResponse response = new SecuredResponse(recording(), "/api/calendar/x.ics", false);
    response.applyHeaders();
    response.setHeader("Cache-Control", "no-cache");
    assertEquals(List.of("no-store"), headers.get("Cache-Control"));

    SecuredResponse file = new SecuredResponse(recording(), "/training/certificate", false);
    file.setHeader("Cache-Control", "private, no-store");
    assertEquals(List.of("private, no-store"), headers.get("Cache-Control"));
  }

  @Test
  void aResetKeepsTheHeaders() {
    SecuredResponse response = new SecuredResponse(recording(), "/api/staff", false);
    response.applyHeaders();
    response.reset();
    assertEquals(List.of("nosniff"), headers.get("X-Content-Type-Options"));
    assertEquals(List.of("same-origin"), headers.get("Referrer-Policy"));
  }

  @Test
  void overHttpsCookiesAreSecureAndHstsIsSent() {
    SecuredResponse response = new SecuredResponse(recording(), "/login.xhtml", true);
    response.applyHeaders();
    response.addCookie(new Cookie("primefaces.download", "true"));
    assertTrue(cookies.get(0).getSecure());
    assertTrue(headers.get("Strict-Transport-Security").get(0).startsWith("max-age="));

    headers.clear();
    cookies.clear();
    SecuredResponse plain = new SecuredResponse(recording(), "/login.xhtml", false);
    plain.applyHeaders();
    plain.addCookie(new Cookie("primefaces.download", "true"));
    assertFalse(cookies.get(0).getSecure());
    assertFalse(headers.containsKey("Strict-Transport-Security"));
  }
}
