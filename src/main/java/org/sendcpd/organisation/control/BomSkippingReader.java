package org.sendcpd.organisation.control;

import java.io.FilterReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/** Drops the UTF-8 byte-order mark that spreadsheet programs put before the first header. */
class BomSkippingReader extends FilterReader {

  BomSkippingReader(Reader in) throws IOException {
    super(skipBom(new PushbackReader(in, 1)));
  }

  private static Reader skipBom(PushbackReader reader) throws IOException {
    int first = reader.read();
    if (first != -1 && first != '\uFEFF') {
      reader.unread(first);
    }
    return reader;
  }
}
