package org.sendcpd.training.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.sendcpd.platform.control.TooLargeException;

/** The files a CPD history comes in, and how much of one is read. */
public final class HistoryFiles {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Far above a school's history (1,000 lines of CSV take about 100 KB). */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private HistoryFiles() {}

  /** The file's bytes; 413 when it is larger than {@link #MAX_BYTES}. */
  public static byte[] readLimited(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      String reason = "the file is larger than 10 MB; split the history into several files";
      throw new TooLargeException(reason, List.of(Map.of("field", "file", "message", reason)));
    }
    return bytes;
  }
}
