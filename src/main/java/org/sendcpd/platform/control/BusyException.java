package org.sendcpd.platform.control;

/**
 * The database could not get a lock in time, twice: too many people changing the same thing at
 * once. Nothing was saved and the same request may simply be sent again; the API answers 503 with
 * Retry-After, screens show the message.
 */
public class BusyException extends ConflictException {

  private static final long serialVersionUID = 1L;

  public static final String MESSAGE =
      "Many people are changing the same thing at this moment and this change had to wait too"
          + " long: nothing was saved. Please try again.";

  public BusyException(Throwable cause) {
    super(MESSAGE);
    initCause(cause);
  }
}
