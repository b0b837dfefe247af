package org.sendcpd.platform.control;

/** The caller may not see or change what they asked for; answered with 403 and audited. */
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
