package org.sendcpd.training.boundary;

/**
 * How a certificate is handed out, the same from the API and from screens: always as a download,
 * under a clean name, so a browser never renders an uploaded file as a page of this site.
 */
final class CertificateDownload {

  private CertificateDownload() {}

  /** The Content-Disposition header of a name already cleaned to safe characters. */
  static String disposition(String cleanName) {
    return "attachment; filename=\"" + cleanName.replace("\"", "") + "\"";
  }
}
