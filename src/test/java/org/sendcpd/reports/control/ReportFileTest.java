package org.sendcpd.reports.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportFileTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  @Test
  void aSpooledFileIsSentOnceAndThenRemoved() throws IOException {
    Path file = Files.createTempFile("sendcpd-spool-", ".pdf");
    Files.writeString(file, "%PDF-large", StandardCharsets.US_ASCII);
    ReportFile report =
        ReportFile.spooled("Big School", "training-gap", DAY, ReportFormat.PDF, file);
    assertTrue(report.isSpooled());
    assertEquals("big-school-training-gap-2026-11-23.pdf", report.fileName());
    assertEquals("application/pdf", report.contentType());
    assertEquals(10, report.size());
    try (InputStream in = report.stream()) {
      assertArrayEquals("%PDF-large".getBytes(StandardCharsets.US_ASCII), in.readAllBytes());
    }
    assertFalse(Files.exists(file), "removed once sent");
  }

  @Test
  void aForgottenSpooledFileIsDiscarded() throws IOException {
    Path file = Files.createTempFile("sendcpd-spool-", ".pdf");
    ReportFile.spooled("Big School", "capacity", DAY, ReportFormat.PDF, file).discard();
    assertFalse(Files.exists(file));
  }

  @Test
  void aSmallFileStaysInMemory() throws IOException {
    ReportFile report = ReportFile.of("Oakfield", "expiries", DAY, ReportFormat.CSV, new byte[3]);
    assertFalse(report.isSpooled());
    assertEquals(3, report.size());
    try (InputStream in = report.stream()) {
      assertEquals(3, in.readAllBytes().length);
    }
    assertEquals(3, report.bytes().length, "still there");
  }
}
