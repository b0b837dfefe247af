package org.sendcpd.platform.control;

import java.util.List;

/**
 * Someone else changed the record after this caller read it, so their change was not saved. The
 * message says who and when where the audit log knows. The API answers 412 when the caller sent
 * If-Match (their copy was stale) and 409 when two saves simply met; screens keep the person's
 * input and show the message.
 */
public class StaleEditException extends ConflictException {

  private static final long serialVersionUID = 1L;

  public static final String SAVED_AT_ONCE =
      "Someone else saved this record at the same moment, so your change was not saved."
          + " Read it again and repeat your change.";

  private final transient List<Object> details;
  private final Long currentVersion;

  public StaleEditException(String message, List<?> details, Long currentVersion) {
    super(message);
    this.details = List.copyOf(details);
    this.currentVersion = currentVersion;
  }

  /** Two saves met in the database; which came first is all that is known. */
  public static StaleEditException savedAtOnce(Throwable cause) {
    StaleEditException e = new StaleEditException(SAVED_AT_ONCE, List.of(), null);
    e.initCause(cause);
    return e;
  }

  public List<Object> details() {
    return details;
  }

  /** The version the record has now, when known: a screen takes it to let the next save through. */
  public Long currentVersion() {
    return currentVersion;
  }
}
