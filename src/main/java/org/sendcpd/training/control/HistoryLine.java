package org.sendcpd.training.control;

import java.util.Map;

/**
 * One line of a CPD history file as read, before any check: its number in the file (the header is
 * line 1) and its text by column name. An absent or empty cell reads as "".
 */
public record HistoryLine(long line, Map<String, String> cells) {

  public String get(String column) {
    String value = cells.get(column);
    return value == null ? "" : value.strip();
  }
}
