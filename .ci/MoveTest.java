import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Checks a move made by payara-config/move-to-postgres.sh (run by .ci/move-test.sh), without the
 * mover's own code: every table has as many rows on PostgreSQL as in the Derby source, every
 * identity hands out a key above the copied ones, and every certificate has its SHA-256.
 * Arguments: the moved data folder, the certificate folder it was moved to; CPD_MOVE_PG_URL, _USER,
 * _PASSWORD name the database.
 */
public class MoveTest {

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    Path evidence = Path.of(args[1]);
    List<String> failures = new ArrayList<>();
    try (Connection derby =
            DriverManager.getConnection("jdbc:derby:" + data.resolve("db"), "sendcpd", "sendcpd");
        Connection pg =
            DriverManager.getConnection(
                System.getenv("CPD_MOVE_PG_URL"),
                System.getenv("CPD_MOVE_PG_USER"),
                System.getenv("CPD_MOVE_PG_PASSWORD"))) {
      Map<String, Long> source = counts(derby, "SENDCPD");
      Map<String, Long> target = counts(pg, "public");
      if (!source.equals(target)) {
        failures.add("row counts differ: Derby " + source + ", PostgreSQL " + target);
      }
      long rows = target.values().stream().mapToLong(Long::longValue).sum();
      System.out.printf("row counts: %d tables, %d rows, equal on both%n", target.size(), rows);
      for (String table : target.keySet()) {
        String hasId =
            single(
                pg,
                "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = 'public'"
                    + " AND table_name = '" + table + "' AND column_name = 'id'");
        String identity =
            "0".equals(hasId)
                ? null
                : single(pg, "SELECT pg_get_serial_sequence('" + table + "', 'id')");
        if (identity != null && target.get(table) > 0) {
          long max = Long.parseLong(single(pg, "SELECT MAX(id) FROM " + table));
          long next = Long.parseLong(single(pg, "SELECT nextval('" + identity + "')"));
          if (next <= max) {
            failures.add(table + ": the next key " + next + " is not above the copied " + max);
          }
        }
      }
    }
    Map<String, String> before = checksums(data.resolve("evidence"));
    Map<String, String> after = checksums(evidence);
    if (!before.equals(after)) {
      failures.add("certificates differ: " + before + " moved as " + after);
    }
    System.out.printf("certificates: %d, SHA-256 equal%n", after.size());
    failures.forEach(f -> System.out.println("FAIL: " + f));
    System.out.println(failures.isEmpty() ? "move test passed" : "move test FAILED");
    System.exit(failures.isEmpty() ? 0 : 1);
  }

  static Map<String, Long> counts(Connection db, String schema) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    List<String> tables = new ArrayList<>();
    try (ResultSet t = db.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (t.next()) {
        String name = t.getString("TABLE_NAME").toLowerCase();
        if (!name.equals("flyway_schema_history")) {
          tables.add(name);
        }
      }
    }
    for (String table : tables) {
      counts.put(table, Long.parseLong(single(db, "SELECT COUNT(*) FROM " + table)));
    }
    return counts;
  }

  static String single(Connection db, String query) throws SQLException {
    try (ResultSet r = db.createStatement().executeQuery(query)) {
      r.next();
      return r.getString(1);
    }
  }

  static Map<String, String> checksums(Path folder) throws Exception {
    Map<String, String> sums = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return sums;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
          sha.update(in.readAllBytes());
        }
        sums.put(file.getFileName().toString(), HexFormat.of().formatHex(sha.digest()));
      }
    }
    return sums;
  }
}
