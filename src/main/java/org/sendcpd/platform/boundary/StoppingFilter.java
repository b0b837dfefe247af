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
import org.sendcpd.platform.control.StoppingAnswer;

/**
 * Lets every request through the {@link RequestGate}, so a stop knows what is in flight; once the
 * server is stopping, a new request is answered 503 before it can change anything.
 */
@WebFilter(filterName = "stopping", urlPatterns = "/*")
public class StoppingFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject RequestGate gate;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!gate.enter()) {
      StoppingAnswer.write(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      gate.leave();
    }
  }
}
