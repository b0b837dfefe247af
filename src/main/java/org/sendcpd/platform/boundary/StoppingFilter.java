package org.sendcpd.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sendcpd.platform.control.RequestGate;

/**
 * Lets every request through the {@link RequestGate}, so a stop knows what is in flight; once the
 * server is stopping, a new request is answered 503 before it can change anything.
 */
@WebFilter(filterName = "stopping", urlPatterns = "/*")
public class StoppingFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String MESSAGE = "The server is stopping; nothing was saved. Try again in a minute.";

  @Inject RequestGate gate;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!gate.enter()) {
      answerStopping(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      gate.leave();
    }
  }

  /** 503 with Retry-After, JSON on the API, and the connection closed behind it. */
  public static void answerStopping(HttpServletRequest request, HttpServletResponse response)
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
