package org.sendcpd.platform.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Answers how many SQL statements the request with {@code ?id=} caused (see {@link
 * SqlCountDiagnostics}) on the first line, then the statements one a line, waiting a little for the
 * request to end; 404 when the diagnostics are off. Under /api so that it is asked with the same
 * HTTP Basic sign-in as the requests it counts.
 */
@WebServlet("/api/diagnostics/sql-statements")
public class SqlCountServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = request.getParameter("id");
    if (!SqlCountDiagnostics.isOn() || id == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      List<String> statements = SqlCountDiagnostics.count(id).get(10, TimeUnit.SECONDS);
      SqlCountDiagnostics.forget(id);
      response.setContentType("text/plain");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              statements.size()
                  + "\n"
                  + String.join("\n", statements.stream().map(SqlCountServlet::oneLine).toList()));
    } catch (TimeoutException | ExecutionException notSeen) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
  }

  private static String oneLine(String sql) {
    return sql == null ? "" : sql.replaceAll("\\s+", " ");
  }
}
