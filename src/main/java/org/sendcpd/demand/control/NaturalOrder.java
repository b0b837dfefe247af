package org.sendcpd.demand.control;

import java.util.Comparator;

/** Compares text with its runs of digits as numbers, so "Year 2" comes before "Year 10". */
final class NaturalOrder {

  static final Comparator<String> TEXT = NaturalOrder::compare;

  private NaturalOrder() {}

  static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int ei = digitsEnd(a, i);
        int ej = digitsEnd(b, j);
        String na = a.substring(i, ei).replaceFirst("^0+(?=.)", "");
        String nb = b.substring(j, ej).replaceFirst("^0+(?=.)", "");
        int byValue =
            na.length() != nb.length()
                ? Integer.compare(na.length(), nb.length())
                : na.compareTo(nb);
        if (byValue != 0) {
          return byValue;
        }
        i = ei;
        j = ej;
      } else {
        int byChar = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
        if (byChar != 0) {
          return byChar;
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static int digitsEnd(String s, int from) {
    int k = from;
    while (k < s.length() && Character.isDigit(s.charAt(k))) {
      k++;
    }
    return k;
  }
}
