package org.sendcpd.training.control;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.sendcpd.testing.CertificateUpload;

/** Real certificates made here (a one-page PDF, small images) and files that only pose as them. */
public final class EvidenceSamples {

  private EvidenceSamples() {}

  public static byte[] pdf() {
    return CertificateUpload.pdf();
  }

  /** A file that begins as a PDF and goes on as a web page with a script. */
  public static byte[] pdfHtmlPolyglot() {
    return ("%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  public static byte[] png() {
    return image("png");
  }

  public static byte[] jpeg() {
    return image("jpeg");
  }

  /** Bytes with something else appended, as a second file would ride along after an image. */
  public static byte[] withPayload(byte[] file) {
    byte[] payload = "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);
    byte[] both = new byte[file.length + payload.length];
    System.arraycopy(file, 0, both, 0, file.length);
    System.arraycopy(payload, 0, both, file.length, payload.length);
    return both;
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 40, 20);
    g.setColor(Color.BLUE);
    g.drawString("OK", 5, 15);
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
