package org.sendcpd.platform;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sendcpd.platform.HostileCases.Hostile;

/** Multipart bodies for upload endpoints: a file part with given bytes, and broken forms. */
final class Multipart {

  static final String BOUNDARY = "hostile-boundary-7f3a";
  static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;

  private Multipart() {}

  /** A form with name/version fields and one file part of the given bytes. */
  static Hostile form(String name, byte[] file, String part) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    text(out, field("name", "Hostile form") + field("version", "1"));
    text(
        out,
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\""
            + part
            + "\"; filename=\"upload.csv\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    out.writeBytes(file);
    text(out, "\r\n--" + BOUNDARY + "--\r\n");
    return new Hostile(name, TYPE, out.toByteArray(), null, null);
  }

  /** Forms a parser cannot read: no boundary, a boundary that never comes, no parts at all. */
  static List<Hostile> broken() {
    byte[] garbage = "--nothing-here\r\nsome bytes".getBytes(StandardCharsets.UTF_8);
    return List.of(
        new Hostile("a form without a boundary", "multipart/form-data", garbage, null, null),
        new Hostile("a form whose boundary never comes", TYPE, garbage, null, null),
        new Hostile(
            "a form with no parts",
            TYPE,
            ("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8),
            null,
            null));
  }

  private static String field(String name, String value) {
    return "--"
        + BOUNDARY
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\"\r\n\r\n"
        + value
        + "\r\n";
  }

  private static void text(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
