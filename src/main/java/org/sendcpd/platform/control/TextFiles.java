package org.sendcpd.platform.control;

import java.util.Optional;

/**
 * Tells a text file from a binary one before a CSV parser sees it. Uploads are decoded as UTF-8,
 * which turns the bytes of a workbook or an image into replacement characters and control codes;
 * the parser would otherwise report them as a wrong header or fail on them.
 */
public final class TextFiles {

  /** Control characters tolerated in a text file besides tab, line feed and carriage return. */
  private static final int STRAY_CONTROLS = 2;

  private TextFiles() {}

  /** Why this cannot be a CSV text file, in words for the person who uploaded it; else empty. */
  public static Optional<String> whyNotText(String text) {
    if (text.startsWith("PK\u0003\u0004")) {
      return Optional.of(
          "the file is an Excel workbook or another zip file, not a CSV text file; save it as"
              + " \"CSV UTF-8\" and upload that");
    }
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000' || c == '\uFFFD') {
        return Optional.of(binary());
      }
      if (Character.isISOControl(c)
          && c != '\t'
          && c != '\n'
          && c != '\r'
          && ++controls > STRAY_CONTROLS) {
        return Optional.of(binary());
      }
    }
    return Optional.empty();
  }

  private static String binary() {
    return "the file is not a CSV text file (it holds binary data, such as an image or a"
        + " spreadsheet); save it as \"CSV UTF-8\" and upload that";
  }
}
