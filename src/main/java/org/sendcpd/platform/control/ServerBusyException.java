package org.sendcpd.platform.control;

/**
 * The server is doing as much of this kind of work as it safely can (a large report is being made);
 * answered with 503 and Retry-After, so a script tries again later instead of queueing up.
 */
public class ServerBusyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int retryAfterSeconds;

  public ServerBusyException(String message, int retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
