package org.sendcpd.backup.control;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * A table's rows and a SHA-256 of their values, written the same way whichever database they come
 * from (numbers without trailing zeros, times rounded to the microsecond, large text and bytes by
 * content), so a copy on PostgreSQL can be compared with its Derby source value by value. Each row
 * is digested on its own and the row digests in sorted order make the table's: the two databases
 * sort text differently, so no ORDER BY decides it.
 */
public record TableDigest(long rows, String sha256) {

  public static TableDigest of(Connection db, String table, List<String> columns)
      throws SQLException {
    List<String> rowDigests = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table)) {
      while (r.next()) {
        MessageDigest row = newDigest();
        for (int i = 1; i <= columns.size(); i++) {
          row.update(written(r.getObject(i)).getBytes(StandardCharsets.UTF_8));
          row.update((byte) 0x1f);
        }
        rowDigests.add(HexFormat.of().formatHex(row.digest()));
      }
    }
    Collections.sort(rowDigests);
    MessageDigest all = newDigest();
    rowDigests.forEach(d -> all.update(d.getBytes(StandardCharsets.US_ASCII)));
    return new TableDigest(rowDigests.size(), HexFormat.of().formatHex(all.digest()));
  }

  /** A value as both databases' drivers give it back, in one spelling. */
  static String written(Object value) throws SQLException {
    if (value == null) {
      return "\u2400";
    }
    if (value instanceof Number n && !(value instanceof Double || value instanceof Float)) {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Timestamp t) {
      // PostgreSQL keeps microseconds and rounds the nanoseconds Derby kept
      return t.toLocalDateTime().plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString();
    }
    if (value instanceof Clob c) {
      return c.getSubString(1, (int) c.length());
    }
    if (value instanceof Blob b) {
      return HexFormat.of().formatHex(b.getBytes(1, (int) b.length()));
    }
    if (value instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    return value.toString();
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  public static String sha256(InputStream in) throws IOException {
    MessageDigest digest = newDigest();
    byte[] buffer = new byte[64 * 1024];
    int read;
    while ((read = in.read(buffer)) != -1) {
      digest.update(buffer, 0, read);
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
