package org.sendcpd.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.Changes;

/**
 * A leaver's account closes on their leaving date: at once when the date set is today or earlier
 * (on screen, through the API or an import), and by the daily run when a date set earlier arrives.
 * Only the account is disabled; the staff record, its CPD, bookings and audit rows stay.
 */
@ApplicationScoped
@Transactional
public class Leavers {

  static final String SYSTEM = "system";

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject VerifiedCredentials verified;

  /** True once the person's leaving date is today or earlier. */
  public static boolean hasLeft(StaffMember person, LocalDate today) {
    return hasLeft(person.getLeftDate(), today);
  }

  static boolean hasLeft(LocalDate leftDate, LocalDate today) {
    return leftDate != null && !leftDate.isAfter(today);
  }

  /**
   * Disables the person's account if they have left by {@code today}, in the caller's transaction.
   */
  public void closeIfLeft(StaffMember person, LocalDate today, String actor) {
    if (person.getId() == null || !hasLeft(person, today)) {
      return;
    }
    em.createNamedQuery(UserAccount.FIND_BY_STAFF, UserAccount.class)
        .setParameter("staffId", person.getId())
        .getResultList()
        .forEach(account -> close(account.getId(), account.getUsername(), person, actor));
  }

  /**
   * The daily run: disables every enabled account whose owner's leaving date is {@code today} or
   * earlier (so a day the server was down is caught up). Answers how many it closed.
   */
  public int closeAccountsOfLeavers(LocalDate today) {
    List<UserAccount> open =
        em.createNamedQuery(UserAccount.FIND_ENABLED_OF_LEAVERS, UserAccount.class)
            .setParameter("today", today)
            .getResultList();
    int closed = 0;
    for (UserAccount account : open) {
      if (close(account.getId(), account.getUsername(), account.getStaffMember(), SYSTEM)) {
        closed++;
      }
    }
    return closed;
  }

  // A conditional update, so two instances of a cluster running the same day close it once.
  private boolean close(long accountId, String username, StaffMember person, String actor) {
    int changed =
        em.createNativeQuery(UserAccount.DISABLE_IF_ENABLED)
            .setParameter(1, accountId)
            .executeUpdate();
    verified.forget(username);
    if (changed == 0) {
      return false;
    }
    audit.change(
        actor,
        "ACCOUNT_DISABLED",
        "UserAccount",
        accountId,
        Changes.of()
            .field("enabled", true, false)
            .note("staff " + person.getId() + " left on " + person.getLeftDate()));
    return true;
  }
}
