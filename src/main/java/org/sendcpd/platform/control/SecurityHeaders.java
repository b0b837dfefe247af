package org.sendcpd.platform.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The response headers every answer carries, decided in one place. The Content-Security-Policy lets
 * scripts run only from this server or with the page's nonce (PrimeFaces puts it on each script it
 * writes), forbids framing, plugins and a changed base address, and keeps styles to this server
 * plus inline style attributes: PrimeFaces writes {@code style="..."} into its markup (hidden
 * helpers, column widths, positioned overlays), which {@code 'unsafe-inline'} permits; styles run
 * no code, so the scripts' protection is whole.
 */
public final class SecurityHeaders {

  public static final String CSP = "Content-Security-Policy";

  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

  /** One year, as browsers' preload lists ask. */
  static final String HSTS = "max-age=31536000; includeSubDomains";

  private SecurityHeaders() {}

  /** The policy of an answer; with a nonce when it is a page whose scripts carry one. */
  public static String policy(Optional<String> nonce) {
    String scripts = "script-src 'self'" + nonce.map(n -> " 'nonce-" + n + "'").orElse("");
    return "default-src 'self'; "
        + scripts
        + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
        + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
        + " frame-ancestors 'none'";
  }

  /** The nonce in a policy PrimeFaces wrote, if it names one. */
  public static Optional<String> nonceOf(String primeFacesPolicy) {
    Matcher m = NONCE.matcher(primeFacesPolicy == null ? "" : primeFacesPolicy);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * Whether an answer may be kept by the browser: only the stylesheets, scripts and images every
   * page shares. Pages, API answers and files hold people's data and are never stored, so Back
   * after signing out shows nothing.
   */
  public static boolean cacheable(String path) {
    return path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/resources/")
        || path.equals("/favicon.ico");
  }

  public static String hsts() {
    return HSTS;
  }
}
