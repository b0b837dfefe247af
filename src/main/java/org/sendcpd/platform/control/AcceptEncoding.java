package org.sendcpd.platform.control;

import java.util.Arrays;
import java.util.Locale;

/** What a client's Accept-Encoding header allows. */
public final class AcceptEncoding {

  private AcceptEncoding() {}

  /** True when the header names gzip (or any coding) without refusing it with q=0. */
  public static boolean gzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    return Arrays.stream(acceptEncoding.split(","))
        .map(coding -> coding.strip().toLowerCase(Locale.ROOT).split(";"))
        .anyMatch(
            parts ->
                (parts[0].strip().equals("gzip") || parts[0].strip().equals("*"))
                    && Arrays.stream(parts)
                        .skip(1)
                        .map(p -> p.replace(" ", ""))
                        .noneMatch(p -> p.matches("q=0(\\.0*)?")));
  }
}
