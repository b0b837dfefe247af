package org.sendcpd.backup.boundary;

/** A byte count as people read it: 950 bytes, 12.3 MB. */
final class Sizes {

  private Sizes() {}

  static String readable(long bytes) {
    if (bytes < 1000) {
      return bytes + " bytes";
    }
    String[] units = {"kB", "MB", "GB", "TB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    return String.format("%.1f %s", value, units[unit]);
  }
}
