package org.sendcpd.testing;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.sendcpd.demo.DemoCounts;
import org.sendcpd.demo.DemoSchool;
import org.sendcpd.framework.control.FrameworkImporter;

/** A migrated in-memory Derby database with the demo school loaded as on a first start. */
public final class DemoDatabase {

  /** The day the demo is loaded on in tests. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  public static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(ZONE).toInstant(), ZONE);

  private DemoDatabase() {}

  /** Loads the demo into the database and answers what was loaded. */
  public static DemoCounts load(JpaTestDatabase db) {
    return db.inTransaction(
        em -> new DemoSchool(em, importerOn(em)::save, CLOCK).load("dummy-hash-not-pbkdf2"));
  }

  /** The application's framework importer, given the test's entity manager. */
  public static FrameworkImporter importerOn(EntityManager em) {
    FrameworkImporter importer = new FrameworkImporter();
    try {
      Field field = FrameworkImporter.class.getDeclaredField("em");
      field.setAccessible(true);
      field.set(importer, em);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return importer;
  }
}
