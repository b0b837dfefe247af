package org.sendcpd.training.control;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.sendcpd.platform.control.InvalidInputException;

/**
 * The second look at a certificate, at its whole content rather than its first bytes: a PDF must
 * open as a PDF with at least one page and carry no web page inside or after it (a file can start
 * "%PDF-" and go on as HTML that a browser would run); an image must decode, and is then written
 * afresh from its pixels, so whatever rode along in it (comments, metadata, a second file appended)
 * is gone.
 */
final class EvidenceContent {

  /** Pixels an image may have: a scan at 600 dpi of an A4 page is about 35 million. */
  static final long MAX_PIXELS = 40_000_000L;

  private static final Pattern HTML =
      Pattern.compile(
          "<\\s*(html|head|body|script|iframe|object|embed|svg|meta|!doctype\\s+html)[\\s>/]");

  private EvidenceContent() {}

  /**
   * Checks a received file of the detected type and answers the file to keep: the same for a PDF, a
   * new one beside it for an image (the original is deleted).
   */
  static Path checked(EvidenceType type, Path file) {
    try {
      return switch (type) {
        case PDF -> checkPdf(file);
        case PNG, JPEG -> reencode(type, file);
      };
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the upload back", e);
    }
  }

  private static Path checkPdf(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    if (HTML.matcher(text.toLowerCase(Locale.ROOT)).find()) {
      throw EvidenceCheck.refused(
          "This PDF has a web page inside it, which a certificate never has. Save or print the"
              + " certificate to PDF again and upload that. Nothing was saved.");
    }
    int end = text.lastIndexOf("%%EOF");
    if (end < 0 || !text.substring(end + 5).isBlank()) {
      throw notAPdf();
    }
    int pages;
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      pages = pdf.getNumberOfPages();
    } catch (InvalidPasswordException locked) {
      throw EvidenceCheck.refused(
          "This PDF is protected by a password, so it cannot be checked or read by your SENCO."
              + " Save it without the password and upload it again. Nothing was saved.");
    } catch (IOException | RuntimeException broken) {
      throw notAPdf();
    }
    if (pages < 1) {
      throw notAPdf();
    }
    return file;
  }

  private static InvalidInputException notAPdf() {
    return EvidenceCheck.refused(
        "This file starts like a PDF but is not a readable PDF document. Save or print the"
            + " certificate to PDF again and upload that. Nothing was saved.");
  }

  private static Path reencode(EvidenceType type, Path file) throws IOException {
    BufferedImage image = decode(file);
    if (type == EvidenceType.JPEG && image.getColorModel().hasAlpha()) {
      image = withoutAlpha(image);
    }
    Path clean = file.resolveSibling(file.getFileName() + ".clean");
    boolean written;
    try {
      written = ImageIO.write(image, type == EvidenceType.PNG ? "png" : "jpeg", clean.toFile());
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(clean);
      throw unreadableImage();
    }
    if (!written) {
      Files.deleteIfExists(clean);
      throw unreadableImage();
    }
    Files.delete(file);
    return clean;
  }

  private static BufferedImage decode(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        ImageInputStream stream = ImageIO.createImageInputStream(in)) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
      if (!readers.hasNext()) {
        throw unreadableImage();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(stream, true, true);
        if (pixels(reader) > MAX_PIXELS) {
          throw EvidenceCheck.refused(
              "The image has more than 40 million pixels: scan the certificate at a lower"
                  + " resolution. Nothing was saved.");
        }
        return read(reader);
      } finally {
        reader.dispose();
      }
    }
  }

  private static long pixels(ImageReader reader) {
    try {
      return (long) reader.getWidth(0) * reader.getHeight(0);
    } catch (IOException | RuntimeException e) {
      throw unreadableImage();
    }
  }

  private static BufferedImage read(ImageReader reader) {
    try {
      return reader.read(0);
    } catch (IOException | RuntimeException e) {
      throw unreadableImage();
    }
  }

  private static BufferedImage withoutAlpha(BufferedImage image) {
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    rgb.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
    return rgb;
  }

  private static InvalidInputException unreadableImage() {
    return EvidenceCheck.refused(
        "This file starts like a PNG or JPEG image but could not be read as a picture. Save the"
            + " certificate as a PDF, or as a PNG or JPEG again, and upload that. Nothing was"
            + " saved.");
  }
}
