package org.sendcpd.reports.control;

/**
 * A text cell with a fill colour saying its status, as the gap matrix shows "held / required" on
 * green (met), red (gap), amber (expiring) or blue (awaiting verification). A spreadsheet filters
 * and sorts by that colour as well as by the text.
 */
public record ToneCell(String text, Tone tone) {

  /** The fill colours a cell can carry, as RGB. */
  public enum Tone {
    GOOD(0xC6, 0xEF, 0xCE),
    BAD(0xFF, 0xC7, 0xCE),
    WARNING(0xFF, 0xEB, 0x9C),
    WAITING(0xDD, 0xEB, 0xF7);

    private final byte[] rgb;

    Tone(int red, int green, int blue) {
      this.rgb = new byte[] {(byte) red, (byte) green, (byte) blue};
    }

    public byte[] rgb() {
      return rgb.clone();
    }
  }
}
