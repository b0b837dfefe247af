package org.sendcpd.platform.control;

import java.util.List;

/** Input that cannot be accepted; answered with 400 and the details that say where. */
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Object> details;

  public InvalidInputException(String message) {
    this(message, List.of());
  }

  public InvalidInputException(String message, List<?> details) {
    super(message);
    this.details = List.copyOf(details);
  }

  public List<Object> details() {
    return details;
  }
}
