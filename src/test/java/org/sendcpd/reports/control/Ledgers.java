package org.sendcpd.reports.control;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.training.control.CpdEntry;
import org.sendcpd.training.control.CpdLedger;
import org.sendcpd.training.control.LevelNames;
import org.sendcpd.workforce.control.LookAhead;

/** The application's CPD ledger on a test entity manager, access already granted. */
final class Ledgers {

  private Ledgers() {}

  static List<CpdEntry> of(EntityManager em, long staffId, LocalDate date) {
    LevelNames names = new LevelNames();
    set(names, "em", em);
    CpdLedger ledger = new CpdLedger();
    set(ledger, "em", em);
    set(ledger, "levelNames", names);
    LookAhead lookAhead = new LookAhead();
    set(lookAhead, "days", 90);
    set(ledger, "lookAhead", lookAhead);
    set(
        ledger,
        "access",
        new AccessControl() {
          @Override
          public void requireStaff(StaffMember person) {
            // the test reads the demo as the SENCO would
          }
        });
    return ledger.of(em.find(StaffMember.class, staffId), date);
  }

  private static void set(Object target, String name, Object value) {
    try {
      Field field = target.getClass().getDeclaredField(name);
      field.setAccessible(true);
      field.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
