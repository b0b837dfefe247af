package org.sendcpd.platform.control;

import java.util.List;

/**
 * Someone else changed the record after this caller read it, so their change was not saved. The API
 * answers 412 when the caller sent If-Match (their copy was stale) and 409 when two saves simply
 * met; screens keep the person's input and show {@link #change()} with their own advice.
 */
public class StaleEditException extends ConflictException {

  private static final long serialVersionUID = 1L;

  public static final String AT_ONCE = "Someone else saved this record at the same moment.";

  /** What an API caller reads: the change, then what to do about it. */
  static final String API_ADVICE = " Nothing was saved: read it again and repeat your change.";

  public static final String SAVED_AT_ONCE = AT_ONCE + API_ADVICE;

  private final String change;
  private final transient List<Object> details;
  private final Integer currentVersion;

  /**
   * @param change who changed the record and when, as far as is known, in one sentence
   * @param currentVersion the version the record has now, or null when unknown
   */
  public StaleEditException(String change, List<?> details, Integer currentVersion) {
    super(change + API_ADVICE);
    this.change = change;
    this.details = List.copyOf(details);
    this.currentVersion = currentVersion;
  }

  /** Two saves met in the database; which came first is all that is known. */
  public static StaleEditException savedAtOnce(Throwable cause) {
    StaleEditException e = new StaleEditException(AT_ONCE, List.of(), null);
    e.initCause(cause);
    return e;
  }

  /** Who changed the record and when, e.g. "Eleanor Shah changed this record at 10:42." */
  public String change() {
    return change;
  }

  public List<Object> details() {
    return details;
  }

  /** The version the record has now, when known: a screen takes it to let the next save through. */
  public Integer currentVersion() {
    return currentVersion;
  }
}
