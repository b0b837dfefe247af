package org.sendcpd.organisation.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.sendcpd.organisation.control.PersonalDataExport;

/**
 * "Download my data" on screens, where the caller signed in on the login page rather than with HTTP
 * Basic: the same zip as {@code GET /api/me/export}.
 */
@WebServlet("/organisation/my-data")
public class MyDataServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient PersonalDataExport export;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/zip");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + export.fileName(LocalDate.now()) + "\"");
    export.writeFor(response.getOutputStream());
  }
}
