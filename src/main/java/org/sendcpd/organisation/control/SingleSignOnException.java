package org.sendcpd.organisation.control;

import java.time.LocalDate;

/** A single sign-on that cannot go on, with the reason the person is told. */
public class SingleSignOnException extends Exception {

  private static final long serialVersionUID = 1L;

  private final SingleSignOnRefusal.Reason reason;
  private final LocalDate leftOn;

  public SingleSignOnException(SingleSignOnRefusal.Reason reason, String detail, Throwable cause) {
    super(reason + ": " + detail, cause);
    this.reason = reason;
    this.leftOn = null;
  }

  /** A leaver's refusal, with the date they left. */
  public SingleSignOnException(LocalDate leftOn) {
    super(SingleSignOnRefusal.Reason.LEFT + ": left on " + leftOn);
    this.reason = SingleSignOnRefusal.Reason.LEFT;
    this.leftOn = leftOn;
  }

  public SingleSignOnException(SingleSignOnRefusal.Reason reason, String detail) {
    this(reason, detail, null);
  }

  public SingleSignOnRefusal.Reason reason() {
    return reason;
  }

  public LocalDate leftOn() {
    return leftOn;
  }
}
