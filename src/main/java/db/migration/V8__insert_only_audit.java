package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the audit log insert-only for the application, and gives the detail room for a change's old
 * and new values. A Java migration because the two databases say "refuse" in different SQL, and one
 * SQL file must run on both.
 *
 * <p>The application's database account owns the tables (Flyway runs with it), so REVOKE would not
 * hold: an owner may grant itself the rights back. Triggers refuse the statement whoever runs it;
 * only DDL (dropping the trigger) gets past them, which is a schema change, not an edit.
 *
 * <ul>
 *   <li>Derby has no SIGNAL in triggers. The triggers call a function bound to {@code
 *       Integer.parseInt} with the refusal as its argument: it always fails, so the statement fails
 *       (SQLState 38000) with the refusal in the message, and no class of ours has to be on Derby's
 *       class path.
 *   <li>PostgreSQL: one trigger function that raises an exception, on UPDATE, DELETE and TRUNCATE
 *       (TRUNCATE skips row triggers).
 * </ul>
 */
public class V8__insert_only_audit extends BaseJavaMigration {

  static final List<String> BOTH =
      List.of(
          "ALTER TABLE audit_event ALTER COLUMN detail SET DATA TYPE VARCHAR(4000)",
          // the history of one record, asked by GET /api/audit?entityType=&entityId=
          "CREATE INDEX ix_audit_entity ON audit_event (entity_type, entity_id)");

  static final List<String> DERBY =
      List.of(
          "CREATE FUNCTION audit_event_refusal(refusal VARCHAR(200)) RETURNS INTEGER"
              + " LANGUAGE JAVA PARAMETER STYLE JAVA NO SQL"
              + " EXTERNAL NAME 'java.lang.Integer.parseInt'",
          "CREATE TRIGGER audit_event_no_update NO CASCADE BEFORE UPDATE ON audit_event"
              + " FOR EACH STATEMENT VALUES audit_event_refusal('audit_event is insert-only:"
              + " UPDATE refused')",
          "CREATE TRIGGER audit_event_no_delete NO CASCADE BEFORE DELETE ON audit_event"
              + " FOR EACH STATEMENT VALUES audit_event_refusal('audit_event is insert-only:"
              + " DELETE refused')");

  static final List<String> POSTGRES =
      List.of(
          "CREATE FUNCTION audit_event_refusal() RETURNS trigger LANGUAGE plpgsql AS $$"
              + " BEGIN RAISE EXCEPTION 'audit_event is insert-only: % refused', TG_OP"
              + " USING ERRCODE = 'insufficient_privilege'; END $$",
          "CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event"
              + " FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refusal()",
          "CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event"
              + " FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refusal()");

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    List<String> refusals;
    if (product.contains("derby")) {
      refusals = DERBY;
    } else if (product.contains("postgres")) {
      refusals = POSTGRES;
    } else {
      throw new IllegalStateException("No insert-only audit statements for " + product);
    }
    try (Statement statement = connection.createStatement()) {
      for (String sql : BOTH) {
        statement.execute(sql);
      }
      for (String sql : refusals) {
        statement.execute(sql);
      }
    }
  }
}
