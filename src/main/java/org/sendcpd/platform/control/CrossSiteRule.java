package org.sendcpd.platform.control;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a state-changing API call must look like so that another web site cannot make a signed-in
 * browser send it. A page elsewhere can post a form or a "simple" fetch to us without asking, but
 * only as text/plain, a url-encoded form or multipart, and the browser then names the page's origin
 * in the Origin header. So a body must be JSON, CSV, an XLSX workbook (a type no browser sends
 * unasked) or (where an endpoint takes files) multipart, and an Origin, when sent, must be our own.
 * Scripts and integrations send no Origin and are unaffected.
 */
public final class CrossSiteRule {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  private CrossSiteRule() {}

  /** Why the call is refused, or empty when it may go on. */
  public static Optional<Refusal> check(
      String method, String contentType, String origin, String ownScheme, String ownAuthority) {
    if (!CHANGING.contains(method.toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (origin != null && !sameOrigin(origin, ownScheme, ownAuthority)) {
      return Optional.of(
          new Refusal(
              403,
              "Refused: this request came from another web site ("
                  + origin
                  + "). Changes are accepted only from SEND CPD's own pages or from scripts."));
    }
    if (contentType != null && !acceptedType(contentType)) {
      return Optional.of(
          new Refusal(
              415,
              "The body must be JSON (application/json), CSV (text/csv), an XLSX workbook or,"
                  + " for files, multipart/form-data; "
                  + contentType.split(";")[0].strip()
                  + " is not accepted"));
    }
    return Optional.empty();
  }

  static boolean acceptedType(String contentType) {
    String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    return type.equals("application/json")
        || (type.startsWith("application/") && type.endsWith("+json"))
        || type.equals("text/csv")
        || type.equals(XLSX)
        || type.equals("multipart/form-data");
  }

  static boolean sameOrigin(String origin, String ownScheme, String ownAuthority) {
    try {
      URI from = URI.create(origin.strip());
      String scheme = from.getScheme() == null ? "" : from.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equals(ownScheme.toLowerCase(Locale.ROOT))
          && authority(scheme, from.getRawAuthority())
              .equals(authority(scheme, ownAuthority.toLowerCase(Locale.ROOT)));
    } catch (IllegalArgumentException notAnOrigin) {
      return false; // "null" from a sandboxed frame, or garbage: not us
    }
  }

  /** host:port with the scheme's default port written out, so :443 and nothing compare equal. */
  private static String authority(String scheme, String authority) {
    if (authority == null) {
      return "";
    }
    String lower = authority.toLowerCase(Locale.ROOT);
    boolean hasPort = lower.matches(".*:\\d+$");
    return hasPort ? lower : lower + (scheme.equals("https") ? ":443" : ":80");
  }

  /** A refusal with its HTTP status and words. */
  public record Refusal(int status, String reason) {}
}
