package org.sendcpd.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where web.xml sends every error the container would otherwise answer itself: an API path gets the
 * API's JSON error body, a screen gets the application's error page. Neither says which server runs
 * the application, its version or an exception's class; the words are our own.
 */
@WebServlet("/error/answer")
public class ErrorPageServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** A plain-words reason a filter of ours gives with the status, shown instead of ours. */
  public static final String REASON = "org.sendcpd.error.reason";

  /** The codes with a page of their own; the others share error/status.xhtml. */
  private static final Set<Integer> OWN_PAGES = Set.of(403, 404, 500);

  private static final Map<Integer, String> API_WORDS =
      Map.of(
          400, "The request could not be read",
          403, "Not allowed",
          404, "Not found",
          405, "Method not allowed",
          411, "Send the body with its Content-Length",
          413, "The request is larger than the server accepts",
          415, "Unsupported media type",
          503, "The server is busy or stopping; nothing was saved. Try again in a minute");

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    int status = status(request);
    String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    response.setStatus(status);
    if (path.equals("/api") || path.startsWith("/api/")) {
      writeJson(request, response, status);
    } else {
      request.setAttribute("cpdErrorCode", String.valueOf(status));
      String page =
          OWN_PAGES.contains(status) ? "/error/" + status + ".xhtml" : "/error/status.xhtml";
      request.getRequestDispatcher(page).forward(new FreshView(request), response);
    }
  }

  /**
   * The failed request as the error page sees it: a GET without parameters or body, so the page is
   * rendered as a new view whatever was posted (a form's view state, an upload too large to read).
   */
  static final class FreshView extends HttpServletRequestWrapper {

    FreshView(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }

    @Override
    public Collection<Part> getParts() {
      return List.of();
    }

    @Override
    public Part getPart(String name) {
      return null;
    }
  }

  private static int status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    return status < 400 ? 500 : status;
  }

  private static void writeJson(
      HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
    Object reason = request.getAttribute(REASON);
    String words =
        reason != null
            ? reason.toString()
            : API_WORDS.getOrDefault(
                status, "The request could not be completed; nothing was saved");
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    try (Jsonb jsonb = JsonbBuilder.create()) {
      response.getWriter().write(jsonb.toJson(ErrorResponse.of(words)));
    } catch (Exception e) {
      throw new IOException("Could not write the error answer", e);
    }
  }
}
