package org.sendcpd.reports.control;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A rendered report, named "school-report-yyyy-MM-dd.ext" so a folder of downloads sorts well. A
 * small report is held in memory; a large one waits in a temporary file (it may be tens of
 * megabytes, and a job keeps it until it is fetched), which is removed once it has been read
 * through {@link #stream()} or {@link #discard() discarded}.
 */
public final class ReportFile {

  private final String fileName;
  private final String contentType;
  private final byte[] bytes;
  private final Path spooled;

  private ReportFile(String fileName, String contentType, byte[] bytes, Path spooled) {
    this.fileName = fileName;
    this.contentType = contentType;
    this.bytes = bytes;
    this.spooled = spooled;
  }

  static ReportFile of(
      String school, String report, LocalDate date, ReportFormat format, byte[] bytes) {
    return new ReportFile(name(school, report, date, format), format.contentType(), bytes, null);
  }

  static ReportFile spooled(
      String school, String report, LocalDate date, ReportFormat format, Path file) {
    return new ReportFile(name(school, report, date, format), format.contentType(), null, file);
  }

  private static String name(String school, String report, LocalDate date, ReportFormat format) {
    return slug(school) + "-" + report + "-" + date + "." + format.extension();
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public boolean isSpooled() {
    return spooled != null;
  }

  public long size() {
    try {
      return spooled == null ? bytes.length : Files.size(spooled);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The content in memory; a spooled file is read whole (for small files and tests). */
  public byte[] bytes() {
    try {
      return spooled == null ? bytes : Files.readAllBytes(spooled);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The content to send once: closing the stream of a spooled file removes the file, so a large
   * report leaves nothing behind after its download.
   */
  public InputStream stream() {
    if (spooled == null) {
      return new ByteArrayInputStream(bytes);
    }
    try {
      return new FilterInputStream(Files.newInputStream(spooled)) {
        @Override
        public void close() throws IOException {
          try {
            super.close();
          } finally {
            discard();
          }
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes a spooled file (a job nobody fetched); nothing to do for one in memory. */
  public void discard() {
    if (spooled != null) {
      try {
        Files.deleteIfExists(spooled);
      } catch (IOException e) {
        spooled.toFile().deleteOnExit();
      }
    }
  }

  /**
   * Lower case ASCII letters and digits joined by single hyphens: "St Mary's C of E" ->
   * "st-marys-c-of-e".
   */
  static String slug(String text) {
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace("'", "")
            .replace("’", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return slug.isEmpty() ? "school" : slug;
  }
}
