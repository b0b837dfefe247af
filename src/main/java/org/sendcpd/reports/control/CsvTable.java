package org.sendcpd.reports.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A matrix as a spreadsheet reads it: a header line and rows of text. Written as UTF-8 CSV with a
 * byte order mark (so spreadsheets read the names right) and every cell made inert.
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

  public byte[] toCsv() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
      writer.write('\uFEFF');
      csv.printRecord(InertCells.inertCells(header));
      for (List<String> row : rows) {
        csv.printRecord(InertCells.inertCells(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
