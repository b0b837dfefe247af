package org.sendcpd.training.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sendcpd.platform.control.TextFiles;

/** Reads a CPD history CSV (UTF-8, with or without a byte order mark) into lines. */
final class HistoryCsvReader {

  private HistoryCsvReader() {}

  static HistoryTable read(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return HistoryTable.refused(
          1, "the file is not UTF-8 text; save it as \"CSV UTF-8\" and upload that");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Optional<String> notText = TextFiles.whyNotText(text);
    if (notText.isPresent()) {
      return HistoryTable.refused(1, notText.get());
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();
    try (CSVParser parser = format.parse(new StringReader(text))) {
      List<String> header =
          parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
      String problem = HistoryTable.headerProblem(header);
      if (problem != null) {
        return HistoryTable.refused(1, problem);
      }
      List<HistoryLine> lines = new ArrayList<>();
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (lines.size() == HistoryTable.MAX_LINES) {
          return HistoryTable.refused(
              line, "the file has more than " + HistoryTable.MAX_LINES + " lines; split it");
        }
        if (record.size() != header.size()) {
          return HistoryTable.refused(
              line, "expected " + header.size() + " fields but found " + record.size());
        }
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          cells.put(header.get(i), record.get(i));
        }
        lines.add(new HistoryLine(line, cells));
      }
      return new HistoryTable(lines, List.of());
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException malformed) {
      return HistoryTable.refused(0, "the file is not valid CSV: " + malformed.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
