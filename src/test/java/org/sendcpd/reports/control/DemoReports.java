package org.sendcpd.reports.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.sendcpd.testing.DemoDatabase;

/** Renders the demo school's reports to target/reports and reads the PDFs back as text. */
final class DemoReports {

  static final Path OUT = Path.of("target", "reports");

  private DemoReports() {}

  static ReportHeader header(String schoolName) {
    return new ReportHeader(
        schoolName, DemoDatabase.TODAY, LocalDateTime.of(2026, 11, 23, 9, 30), "eleanor.shah");
  }

  /** Writes the file under target/reports and answers its bytes. */
  static byte[] save(String name, ReportFormat format, byte[] bytes) {
    try {
      Files.createDirectories(OUT);
      Files.write(OUT.resolve(name + "." + format.extension()), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes;
  }

  static PdfText text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PdfText(new PDFTextStripper().getText(document), document.getNumberOfPages());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record PdfText(String text, int pages) {}
}
