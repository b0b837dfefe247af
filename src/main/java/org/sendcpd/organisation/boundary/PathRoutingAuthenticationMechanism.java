package org.sendcpd.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import org.sendcpd.organisation.control.AccountStanding;
import org.sendcpd.organisation.control.SessionLifetime;
import org.sendcpd.organisation.control.SignInGuard;
import org.sendcpd.organisation.control.SignInRefusal;
import org.sendcpd.organisation.control.Standing;
import org.sendcpd.organisation.control.VerifiedCredentials;
import org.sendcpd.platform.control.RequestGate;
import org.sendcpd.platform.control.StoppingAnswer;

/**
 * The one authentication mechanism of the application (Jakarta Security allows one), routing by
 * path: {@code /api} speaks stateless HTTP Basic for scripts; every other path uses the login page
 * (or a single sign-on with Microsoft or Google, answered at {@code /sso/callback}) and remembers
 * the caller in the HTTP session, under a new session id from the moment of sign-in. A remembered
 * sign-in (session or cached Basic check) holds only while the account may act and carries the
 * security version it signed in with, asked of the database on each request, so a disabled, demoted
 * or signed-out-everywhere account is refused at once; a session also ends at its absolute
 * lifetime. Every sign-in attempt passes the {@link SignInGuard} first: a throttled one is refused
 * with the same answer as a wrong password, without the password being checked.
 */
@ApplicationScoped
public class PathRoutingAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";
  static final String CHANGE_PASSWORD_PAGE = "/organisation/change-password.xhtml";
  static final String WRONG = "Username or password is not right";

  @Inject IdentityStoreHandler identityStores;
  @Inject VerifiedCredentials verified;
  @Inject AccountStanding standing;
  @Inject RequestGate gate;
  @Inject SignInGuard guard;
  @Inject ClientAddress addresses;
  @Inject SessionLifetime lifetime;
  @Inject OpenIdCallback openId;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (!gate.isOpen()) {
      // Stopping: answer before a sign-in touches the database (the filter would answer later).
      try {
        StoppingAnswer.write(request, response);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (isApi(request)) {
      return basic(request, response, context);
    }
    return form(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SignedInCaller.SESSION_KEY);
    }
  }

  static boolean isApi(HttpServletRequest request) {
    String path = path(request);
    return path.equals("/api") || path.startsWith("/api/");
  }

  private AuthenticationStatus basic(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    UsernamePasswordCredential credential = basicCredential(request.getHeader("Authorization"));
    if (credential == null) {
      return context.isProtected()
          ? challenge(response, "Sign in with HTTP Basic")
          : context.doNothing();
    }
    String username = credential.getCaller();
    String password = credential.getPasswordAsString();
    Optional<VerifiedCredentials.Caller> known = verified.find(username, password);
    if (known.isPresent()
        && standing
            .of(known.get().username())
            .filter(s -> s.stillValidFor(known.get().securityVersion(), LocalDate.now()))
            .isPresent()) {
      return context.notifyContainerAboutLogin(known.get().username(), known.get().groups());
    }
    String address = addresses.of(request);
    if (guard.refuses(username, address)) {
      guard.failed(username, address);
      return challenge(response, WRONG);
    }
    // read before the check: a change in between makes the cached entry older, never newer
    int version =
        standing.of(username.trim().toLowerCase()).map(Standing::securityVersion).orElse(0);
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      guard.failed(username, address);
      return challenge(response, SignInRefusal.take().map(SignInRefusal::message).orElse(WRONG));
    }
    guard.succeeded(username);
    verified.remember(
        username,
        password,
        new VerifiedCredentials.Caller(
            result.getCallerPrincipal().getName(), result.getCallerGroups(), version));
    return context.notifyContainerAboutLogin(result);
  }

  static UsernamePasswordCredential basicCredential(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? null
          : new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private AuthenticationStatus challenge(HttpServletResponse response, String message) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"SEND CPD\", charset=\"UTF-8\"");
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"error\":\"" + message + "\",\"details\":[]}");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus form(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential submitted = context.getAuthParameters().getCredential();
    if (submitted != null) {
      return signIn(request, context, submitted);
    }
    if (OpenIdCallback.CALLBACK.equals(path(request))) {
      Optional<SignedInCaller> signedIn = openId.complete(request);
      if (signedIn.isEmpty()) {
        return context.doNothing(); // the callback's servlet leads to the page that says why
      }
      remember(request, signedIn.get());
      return context.notifyContainerAboutLogin(signedIn.get().username(), signedIn.get().groups());
    }
    HttpSession session = request.getSession(false);
    Object caller = session == null ? null : session.getAttribute(SignedInCaller.SESSION_KEY);
    if (caller instanceof SignedInCaller known) {
      Optional<Standing> now =
          standing
              .of(known.username())
              .filter(s -> s.stillValidFor(known.securityVersion(), LocalDate.now()));
      String ended =
          now.isEmpty() ? "changed" : lifetime.isOver(known.signedInAt()) ? "expired" : null;
      if (ended != null) {
        session.invalidate(); // disabled, demoted, signed out everywhere or too old: signed out now
        return context.isProtected()
            ? redirect(request, response, LOGIN_PAGE + "?ended=" + ended)
            : context.doNothing();
      }
      if (now.get().mustChangePassword()
          && context.isProtected()
          && !CHANGE_PASSWORD_PAGE.equals(path(request))) {
        return redirect(request, response, CHANGE_PASSWORD_PAGE);
      }
      return context.notifyContainerAboutLogin(known.username(), known.groups());
    }
    if (context.isProtected()) {
      return redirect(request, response, LOGIN_PAGE);
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, Credential submitted) {
    SignInRefusal.clear();
    String username =
        submitted instanceof UsernamePasswordCredential login ? login.getCaller() : null;
    String address = addresses.of(request);
    if (guard.refuses(username, address)) {
      guard.failed(username, address);
      return AuthenticationStatus.SEND_FAILURE; // the login page says: not right
    }
    int version = standing.of(username).map(Standing::securityVersion).orElse(0);
    CredentialValidationResult result = identityStores.validate(submitted);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      guard.failed(username, address);
      // Left to the login page to say so; the response stays a normal page.
      return AuthenticationStatus.SEND_FAILURE;
    }
    guard.succeeded(username);
    remember(
        request,
        new SignedInCaller(
            result.getCallerPrincipal().getName(),
            result.getCallerGroups(),
            version,
            lifetime.now()));
    return context.notifyContainerAboutLogin(result);
  }

  /** The same session for a password and a single sign-on: same lifetime, same revocation. */
  private static void remember(HttpServletRequest request, SignedInCaller caller) {
    request.getSession(true);
    request.changeSessionId(); // no session fixation: the id known before sign-in is void after it
    request.getSession().setAttribute(SignedInCaller.SESSION_KEY, caller);
  }

  static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private AuthenticationStatus redirect(
      HttpServletRequest request, HttpServletResponse response, String page) {
    String login = request.getContextPath() + page;
    try {
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        // An Ajax request after the session ended: tell Faces to redirect, not the browser.
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login
                    + "\"/></partial-response>");
      } else {
        response.sendRedirect(login);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
