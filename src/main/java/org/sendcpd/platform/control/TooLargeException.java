package org.sendcpd.platform.control;

import java.util.List;

/** Input over a size limit; answered 413 (Content Too Large) with the limit in words. */
public class TooLargeException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  public TooLargeException(String message, List<?> details) {
    super(message, details);
  }
}
