package org.sendcpd.training.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.sendcpd.platform.control.AccessDeniedException;
import org.sendcpd.training.control.Certificates;
import org.sendcpd.training.control.Certificates.CertificateFile;
import org.sendcpd.training.control.RecordNotFoundException;

/**
 * Certificates for screens, where the caller is signed in with the login page rather than HTTP
 * Basic: {@code /training/certificate?record=1&file=2}. Same checks as the API; nosniff and
 * no-store come, as on every answer, from the platform's security headers filter.
 */
@WebServlet("/training/certificate")
public class CertificateServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Certificates certificates;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<CertificateFile> found;
    try {
      found =
          certificates.read(
              Long.parseLong(request.getParameter("record")),
              Long.parseLong(request.getParameter("file")));
    } catch (NumberFormatException | RecordNotFoundException e) {
      found = Optional.empty();
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    CertificateFile certificate = found.get();
    response.setContentType(certificate.evidence().getContentType());
    response.setContentLengthLong(Files.size(certificate.file()));
    response.setHeader(
        "Content-Disposition", CertificateDownload.disposition(certificate.downloadName()));
    Files.copy(certificate.file(), response.getOutputStream());
  }
}
