package org.sendcpd.backup.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.sendcpd.backup.control.PostgresMove;
import org.sendcpd.backup.control.TableDigest;
import org.sendcpd.platform.control.JdbcUrlDataSource;
import org.sendcpd.platform.control.SchemaMigration;

/**
 * The command behind {@code payara-config/move-to-postgres.sh}: moves a school's data folder (its
 * Derby database and certificates) into an empty PostgreSQL database and a certificate folder, with
 * the server stopped, and says table by table that the copy holds the same rows and values. Exit
 * code 0 when everything is identical, 1 when anything differs, 2 when it could not start.
 */
public final class MoveToPostgres {

  private MoveToPostgres() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1 || System.getenv("CPD_DB_URL") == null) {
      System.err.println(
          "usage: CPD_DB_URL=jdbc:postgresql://... CPD_DB_USER=... CPD_DB_PASSWORD=..."
              + " CPD_EVIDENCE_DIR=<shared folder> move-to-postgres.sh <data folder>");
      System.exit(2);
    }
    Path data = Path.of(args[0]).toAbsolutePath().normalize();
    Path evidenceTarget = Path.of(env("CPD_EVIDENCE_DIR", data.resolve("evidence").toString()));
    boolean identical;
    try (Connection derby = derby(data);
        Connection postgres = postgres()) {
      identical = tables(new PostgresMove(derby, postgres).copy());
    } finally {
      shutDown(data);
    }
    identical &= certificates(data.resolve("evidence"), evidenceTarget);
    System.out.println(identical ? "moved: every row and certificate identical" : "DIFFERENCES");
    System.exit(identical ? 0 : 1);
  }

  private static Connection derby(Path data) throws SQLException {
    if (!Files.isDirectory(data.resolve("db"))) {
      throw new IllegalArgumentException("no Derby database in " + data.resolve("db"));
    }
    // the application's own account name, whose schema holds its tables
    JdbcUrlDataSource source = new JdbcUrlDataSource();
    source.setUrl("jdbc:derby:" + data.resolve("db"));
    source.setUser("sendcpd");
    source.setPassword("sendcpd");
    // brought to this version's schema first, as the application's next start would
    SchemaMigration.flyway(source).migrate();
    return source.getConnection();
  }

  private static Connection postgres() throws SQLException {
    JdbcUrlDataSource target = new JdbcUrlDataSource();
    target.setUrl(System.getenv("CPD_DB_URL"));
    target.setUser(env("CPD_DB_USER", "sendcpd"));
    target.setPassword(env("CPD_DB_PASSWORD", "sendcpd"));
    SchemaMigration.flyway(target).migrate();
    return target.getConnection();
  }

  private static boolean tables(List<PostgresMove.Copied> copied) {
    boolean identical = true;
    for (PostgresMove.Copied table : copied) {
      System.out.printf(
          "%-32s %9d rows  %s  %s%n",
          table.table(),
          table.target().rows(),
          table.target().sha256().substring(0, 16),
          table.identical() ? "identical" : "DIFFERS from the source: " + table.source());
      identical &= table.identical();
    }
    return identical;
  }

  /** Copies each certificate unless one of its name is there, and checks its SHA-256. */
  private static boolean certificates(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return true;
    }
    Files.createDirectories(to);
    int copied = 0;
    boolean identical = true;
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = to.resolve(file.getFileName());
        if (!Files.exists(copy)) {
          Files.copy(file, copy);
        }
        boolean same = sha256(file).equals(sha256(copy));
        if (!same) {
          System.out.println("certificate DIFFERS: " + copy);
        }
        identical &= same;
        copied++;
      }
    }
    System.out.printf("%d certificates in %s%s%n", copied, to, identical ? ", identical" : "");
    return identical;
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return TableDigest.sha256(in);
    }
  }

  private static void shutDown(Path data) {
    try {
      DriverManager.getConnection("jdbc:derby:" + data.resolve("db") + ";shutdown=true");
    } catch (SQLException expected) {
      // Derby answers a clean shutdown with an exception (08006)
    }
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }
}
