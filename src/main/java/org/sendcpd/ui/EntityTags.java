package org.sendcpd.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * ETag and If-Match for the API's editable resources. The tag is the record's row version, quoted
 * ({@code "3"}); a resource answers it with {@link #answer} (the {@link EntityTagFilter} writes the
 * header) and hands {@link #expected()} to the control that saves, which refuses a stale copy. A
 * request without If-Match (or with {@code *}) saves as it always did.
 */
@RequestScoped
public class EntityTags {

  /** An If-Match that names no version this server ever answered: it can only be stale. */
  static final int UNREADABLE = -1;

  @Inject HttpServletRequest request;

  private Integer answered;

  /** The version the caller's If-Match names (the first, if several); null without If-Match. */
  public Integer expected() {
    return expected(request.getHeader(HttpHeaders.IF_MATCH));
  }

  static Integer expected(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
      return null;
    }
    String first = ifMatch.split(",")[0].trim();
    if (first.startsWith("W/")) {
      first = first.substring(2);
    }
    first = first.replace("\"", "").trim();
    try {
      return Integer.valueOf(first);
    } catch (NumberFormatException e) {
      return UNREADABLE;
    }
  }

  /** Sends this version as the answer's ETag. */
  public void answer(int version) {
    answered = version;
  }

  EntityTag answered() {
    return answered == null ? null : new EntityTag(answered.toString());
  }
}
