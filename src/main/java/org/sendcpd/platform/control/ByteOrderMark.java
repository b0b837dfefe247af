package org.sendcpd.platform.control;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/** Drops the UTF-8 byte-order mark that spreadsheet programs put before a CSV's first header. */
public final class ByteOrderMark {

  private ByteOrderMark() {}

  public static Reader skip(Reader in) throws IOException {
    PushbackReader reader = new PushbackReader(in, 1);
    int first = reader.read();
    if (first != -1 && first != '\uFEFF') {
      reader.unread(first);
    }
    return reader;
  }
}
