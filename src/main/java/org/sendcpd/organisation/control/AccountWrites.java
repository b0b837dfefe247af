package org.sendcpd.organisation.control;

import jakarta.persistence.EntityManagerFactory;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.ModifyAllQuery;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.UnitOfWorkChangeSet;
import org.eclipse.persistence.sessions.server.Server;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.platform.control.AccountsVersion;

/**
 * Moves the {@link AccountsVersion} once a committed transaction wrote an account or a staff record
 * (what a signed-in caller's standing is read from: enabled, roles, security version, leaving date,
 * school), through entities or in bulk SQL. Watched on the persistence unit's own events, so no
 * write can forget to say so. Recording a sign-in's time is not a change of the account.
 */
final class AccountWrites extends SessionEventAdapter {

  private static final Set<Class<?>> WATCHED = Set.of(UserAccount.class, StaffMember.class);
  private static final Set<String> WATCHED_TABLES =
      Set.of("user_account", "account_role", "staff_member");
  private static final String BULK_WRITE = AccountWrites.class.getName() + ".bulk";

  /** Starts watching the writes of the application's persistence unit. */
  static void watch(EntityManagerFactory persistence) {
    Server server = persistence.unwrap(JpaEntityManagerFactory.class).getServerSession();
    server.getEventManager().addListener(new AccountWrites());
  }

  /** Marked on its unit of work, and counted once the transaction has ended. */
  @Override
  public void postExecuteQuery(SessionEvent event) {
    if (writesAccounts(event.getQuery())) {
      event.getSession().setProperty(BULK_WRITE, Boolean.TRUE);
    }
  }

  /** In a JTA transaction EclipseLink raises this after the commit, as it merges the changes. */
  @Override
  public void postCommitUnitOfWork(SessionEvent event) {
    if (event.getSession() instanceof UnitOfWorkImpl unit && wroteAccounts(unit)) {
      AccountsVersion.changed();
    }
  }

  /** The unit of work is released when its transaction has ended (committed or not: counted). */
  @Override
  public void postReleaseUnitOfWork(SessionEvent event) {
    if (event.getSession().getProperty(BULK_WRITE) != null) {
      event.getSession().removeProperty(BULK_WRITE);
      AccountsVersion.changed();
    }
  }

  static boolean writesAccounts(DatabaseQuery query) {
    if (query instanceof ModifyAllQuery bulk) {
      return WATCHED.contains(bulk.getReferenceClass());
    }
    if (query instanceof DataModifyQuery sql && sql.getSQLString() != null) {
      String text = sql.getSQLString().toLowerCase(Locale.ROOT);
      return !text.equals(DatabaseIdentityStore.RECORD_LOGIN.toLowerCase(Locale.ROOT))
          && WATCHED_TABLES.stream().anyMatch(text::contains);
    }
    return false;
  }

  private static boolean wroteAccounts(UnitOfWorkImpl unit) {
    UnitOfWorkChangeSet changes = unit.getUnitOfWorkChangeSet();
    return changes != null
        && (watched(changes.getAllChangeSets().keySet(), unit)
            || watched(changes.getDeletedObjects().keySet(), unit));
  }

  private static boolean watched(Collection<?> changed, UnitOfWorkImpl unit) {
    return changed.stream()
        .anyMatch(c -> c instanceof ObjectChangeSet o && WATCHED.contains(o.getClassType(unit)));
  }
}
