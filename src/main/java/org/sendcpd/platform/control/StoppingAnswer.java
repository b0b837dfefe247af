package org.sendcpd.platform.control;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The answer to a request that arrives once a stop has begun, given by the stopping filter and,
 * before it touches the database, by the sign-in mechanism.
 */
public final class StoppingAnswer {

  static final String MESSAGE = "The server is stopping; nothing was saved. Try again in a minute.";

  private StoppingAnswer() {}

  /** 503 with Retry-After, JSON on the API, and the connection closed behind it. */
  public static void write(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.reset();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", "30");
    response.setHeader("Connection", "close");
    response.setCharacterEncoding("UTF-8");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/api") || path.startsWith("/api/")) {
      response.setContentType("application/json");
      response.getWriter().write("{\"error\":\"" + MESSAGE + "\",\"details\":[]}");
    } else {
      response.setContentType("text/plain");
      response.getWriter().write(MESSAGE);
    }
    response.flushBuffer();
  }
}
