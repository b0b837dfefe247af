package org.sendcpd.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sendcpd.organisation.control.OpenIdClient;
import org.sendcpd.organisation.control.PendingSignIn;
import org.sendcpd.organisation.control.SessionLifetime;
import org.sendcpd.organisation.control.SingleSignOnAccounts;
import org.sendcpd.organisation.control.SingleSignOnException;
import org.sendcpd.organisation.control.SingleSignOnProvider;
import org.sendcpd.organisation.control.SingleSignOnProviders;
import org.sendcpd.organisation.control.SingleSignOnRefusal;
import org.sendcpd.organisation.control.SingleSignOnRefusal.Reason;
import org.sendcpd.organisation.control.TrustedAddress;

/**
 * The two ends of a single sign-on in the browser: {@link #start} sends the person to their
 * provider, and {@link #complete} (called by the authentication mechanism on the provider's answer)
 * turns a checked ID token into the caller to remember in the session, or leaves the reason for the
 * refusal page. The answer must come back to the session that started it, within 15 minutes.
 */
@ApplicationScoped
public class OpenIdCallback {

  static final String START = "/sso/start/";
  static final String CALLBACK = "/sso/callback";
  static final String REFUSED_PAGE = "/sso-refused.xhtml";

  @Inject SingleSignOnProviders providers;
  @Inject OpenIdClient client;
  @Inject SingleSignOnAccounts accounts;
  @Inject SessionLifetime lifetime;
  @Inject Logger log;

  /** The address browsers use, e.g. https://cpd.example.sch.uk; empty: taken from the request. */
  @Inject
  @ConfigProperty(name = "cpd.public-url")
  Optional<String> publicUrl;

  /** Where the browser goes next: the provider, or the refusal page. */
  String start(HttpServletRequest request, SingleSignOnProvider provider) {
    HttpSession session = request.getSession(true);
    session.removeAttribute(SingleSignOnRefusal.SESSION_KEY);
    try {
      OpenIdClient.Begun begun = client.begin(provider, redirectUri(request));
      session.setAttribute(PendingSignIn.SESSION_KEY, begun.pending());
      return begun.authorizationUri().toString();
    } catch (SingleSignOnException e) {
      return refused(request, provider, e, null);
    }
  }

  /** The caller the provider's answer signs in; empty, with the reason kept, when it does not. */
  Optional<SignedInCaller> complete(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    PendingSignIn pending =
        session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.SESSION_KEY);
    if (session != null) {
      session.removeAttribute(PendingSignIn.SESSION_KEY); // one answer per sign-in started
    }
    Optional<SingleSignOnProvider> provider =
        Optional.ofNullable(pending).flatMap(p -> providers.find(p.providerId()));
    if (provider.isEmpty() || pending.isStale(lifetime.now())) {
      keep(request, new SingleSignOnRefusal(Reason.EXPIRED, null));
      return Optional.empty();
    }
    String address = null;
    try {
      Map<String, Object> claims = client.finish(provider.get(), pending, answer(request));
      address = TrustedAddress.of(provider.get(), claims).orElse(null);
      if (address == null) {
        throw new SingleSignOnException(Reason.NO_VERIFIED_ADDRESS, "claims " + claims.keySet());
      }
      if (!TrustedAddress.fromHostedDomain(provider.get(), claims)) {
        throw new SingleSignOnException(Reason.OTHER_DOMAIN, "hd " + claims.get("hd"));
      }
      SingleSignOnAccounts.SignedIn signedIn = accounts.signIn(provider.get(), address);
      return Optional.of(
          new SignedInCaller(
              signedIn.username(), signedIn.groups(), signedIn.securityVersion(), lifetime.now()));
    } catch (SingleSignOnException e) {
      refused(request, provider.get(), e, address);
      return Optional.empty();
    }
  }

  private String refused(
      HttpServletRequest request,
      SingleSignOnProvider provider,
      SingleSignOnException e,
      String address) {
    Level level =
        e.reason() == Reason.UNREACHABLE || e.reason() == Reason.INVALID
            ? Level.WARNING
            : Level.INFO;
    log.log(level, "Single sign-on with " + provider.label() + " refused: " + e.getMessage(), e);
    keep(request, new SingleSignOnRefusal(e.reason(), provider.label(), address, e.leftOn()));
    return request.getContextPath() + REFUSED_PAGE;
  }

  private static void keep(HttpServletRequest request, SingleSignOnRefusal refusal) {
    request.getSession(true).setAttribute(SingleSignOnRefusal.SESSION_KEY, refusal);
  }

  private static Map<String, List<String>> answer(HttpServletRequest request) {
    return request.getParameterMap().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> Arrays.asList(e.getValue())));
  }

  /** The callback address registered at the provider: the same for Microsoft and Google. */
  URI redirectUri(HttpServletRequest request) {
    String base = publicUrl.map(String::strip).filter(u -> !u.isEmpty()).orElse(ownOrigin(request));
    return URI.create(base.replaceAll("/+$", "") + request.getContextPath() + CALLBACK);
  }

  private static String ownOrigin(HttpServletRequest request) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean usual =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme + "://" + request.getServerName() + (usual ? "" : ":" + port);
  }
}
