package org.sendcpd.framework.control;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sendcpd.platform.control.ByteOrderMark;
import org.sendcpd.platform.control.TextFiles;

/**
 * Splits one CSV file of the exchange format into {@link CsvRow}s. Columns are found by header
 * name, in any order and case; a missing column, a row with the wrong number of fields, malformed
 * CSV and a file without rows are reported against the file rather than thrown.
 */
final class CsvRows {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setTrim(true)
          .get();

  private CsvRows() {}

  /** Hands each well-formed data row of {@code input} to {@code rows}, in file order. */
  static void read(
      String file,
      Reader input,
      List<String> columns,
      CsvProblems problems,
      Consumer<CsvRow> rows) {
    String text = readAll(input);
    Optional<String> notText = TextFiles.whyNotText(text);
    if (notText.isPresent()) {
      problems.add(file, 1, notText.get());
      return;
    }
    int before = problems.count();
    long line = 1;
    boolean any = false;
    try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
      List<String> header =
          parser.getHeaderNames().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
      List<String> missing = columns.stream().filter(c -> !header.contains(c)).toList();
      if (!missing.isEmpty()) {
        problems.add(
            file,
            1,
            "missing column(s): "
                + String.join(", ", missing)
                + "; the header is "
                + String.join(",", columns));
        return;
      }
      for (CSVRecord record : parser) {
        any = true;
        line = lineAt(text, record.getCharacterPosition());
        if (record.size() != header.size()) {
          problems.add(
              file, line, "expected " + header.size() + " fields but found " + record.size());
          continue;
        }
        Map<String, String> values = new HashMap<>();
        for (String column : columns) {
          String value = record.get(header.indexOf(column));
          values.put(column, value == null ? "" : value.trim());
        }
        rows.accept(new CsvRow(file, line, values, problems));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException malformed) {
      // commons-csv says so for a header with an empty or repeated name, or an unclosed quote
      // Commons CSV reports malformed input unchecked, while iterating.
      problems.add(file, line + 1, "the file is not valid CSV: " + malformed.getMessage());
      return;
    }
    if (!any && problems.count() == before) {
      problems.add(file, 1, "the file has a header but no rows");
    }
  }

  private static String readAll(Reader input) {
    try (Reader reader = ByteOrderMark.skip(input)) {
      StringWriter text = new StringWriter();
      reader.transferTo(text);
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line a record starts on, 1 for the first: blank lines and line breaks in values count. */
  static long lineAt(String text, long position) {
    long line = 1;
    int end = (int) Math.min(position, text.length());
    while (end < text.length() && (text.charAt(end) == '\r' || text.charAt(end) == '\n')) {
      end++;
    }
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
