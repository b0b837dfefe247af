package org.sendcpd.reports.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** A name that looks like a formula reaches the XLSX as inert text, and the PDF unchanged. */
class SpreadsheetInertTest {

  static final String ATTACK = "=HYPERLINK(\"http://evil.example\",\"Click\")";

  @Test
  void formulaLookingTextIsQuotedInTheSheetAndNotAFormula() throws IOException {
    Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    Map<String, Object> row = new HashMap<>();
    row.put("person", ATTACK);
    row.put("role", "+Teacher");
    row.put("code", "CI-01");
    row.put("statement", "@statement");
    row.put("level", "Enhanced");
    row.put("expires", "01/01/2027");
    row.put("expired", false);
    row.put("status", "Lapses in 39 days");
    row.put("required", "Yes");
    ReportHeader header =
        new ReportHeader(
            "-Minus School",
            LocalDate.of(2026, 11, 23),
            LocalDateTime.of(2026, 11, 23, 9, 0),
            "sam");
    Map<String, Object> parameters = header.parameters("Lapsing and expired certificates");
    parameters.put("WINDOW_DAYS", 90);
    parameters.put("LAPSING", 1);
    parameters.put("EXPIRED", 0);
    ReportData data = new ReportData("expiries", parameters, List.of(row));

    String sheet = sheetText(new ReportRenderer().render(data, ReportFormat.XLSX));
    assertTrue(sheet.contains("'=HYPERLINK"), sheet);
    assertTrue(sheet.contains("'-Minus School"), sheet);
    assertTrue(sheet.contains("'@statement"), sheet);
    assertFalse(sheet.contains("<f>"), "no formula cell");
    assertFalse(sheet.matches("(?s).*[>\"]=HYPERLINK.*"), "no cell starts with =");
  }

  private static String sheetText(byte[] xlsx) throws IOException {
    StringBuilder text = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (entry.getName().startsWith("xl/worksheets/")
            || entry.getName().contains("sharedStrings")) {
          text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return text.toString().replace("&apos;", "'").replace("&quot;", "\"");
  }
}
