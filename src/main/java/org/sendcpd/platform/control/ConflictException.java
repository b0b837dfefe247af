package org.sendcpd.platform.control;

/**
 * The request clashes with what is already there (a duplicate, a full session); answered with 409.
 */
public class ConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
