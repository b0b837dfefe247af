package org.sendcpd.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Answers 413 with the limit in words for a request body larger than the server reads at all,
 * before any part of it is parsed: the container would otherwise fail the multipart parse deep
 * inside a page and answer 500, or its HTTP layer would answer with a page of its own that names
 * the server and its version. Bodies under this limit but over a file's own limit (certificates: 10
 * MB) reach the page or resource, which says so next to the field.
 */
public class RequestSizeFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The multipart request (and file) limit of web.xml. */
  static final long MAX_BODY_BYTES = 32L * 1024 * 1024;

  /**
   * Up to this size an oversize body is read and dropped before the answer, so that the client,
   * still sending, sees the 413 rather than a broken connection; beyond it the connection closes.
   */
  static final long MAX_DRAINED_BYTES = 256L * 1024 * 1024;

  static final String REASON =
      "What you sent is larger than 32 MB, more than the server takes: certificates may be up to"
          + " 10 MB. Nothing was saved.";

  static final String LENGTH_REQUIRED =
      "A form or upload must say its length (Content-Length); nothing was saved.";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long length = request.getContentLengthLong();
    if (length > MAX_BODY_BYTES) {
      if (length <= MAX_DRAINED_BYTES) {
        drain(request.getInputStream());
      } else {
        response.setHeader("Connection", "close");
      }
      refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, REASON);
      return;
    }
    if (length < 0 && isFormOrUpload(request.getContentType())) {
      // browsers always send the length of a form; without it the container would read it unbounded
      refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, LENGTH_REQUIRED);
      return;
    }
    chain.doFilter(request, response);
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, int status, String reason)
      throws IOException {
    request.setAttribute(ErrorPageServlet.REASON, reason);
    response.sendError(status);
  }

  static boolean isFormOrUpload(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded");
  }

  private static void drain(ServletInputStream body) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    while (body.read(buffer) != -1) {
      // dropped
    }
  }
}
