package org.sendcpd.platform.boundary;

import java.util.List;

/** The JSON body of every error answer: what went wrong and, for bad input, which field or line. */
public record ErrorResponse(String error, List<Object> details) {

  public static ErrorResponse of(String error) {
    return new ErrorResponse(error, List.of());
  }
}
