package org.sendcpd.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.sendcpd.organisation.entity.UserAccount;

/**
 * Whether a signed-in caller may still act: the account exists, is enabled and its owner has not
 * left. Asked on every request of a remembered sign-in (a session, or HTTP Basic's cached check),
 * from the database, so disabling an account on one instance of a cluster stops it on all of them
 * at once. One indexed lookup by username: cheap beside the page or answer it guards.
 */
@ApplicationScoped
public class AccountStanding {

  @PersistenceContext EntityManager em;

  public boolean mayAct(String username) {
    List<Object[]> rows =
        em.createNamedQuery(UserAccount.FIND_STANDING, Object[].class)
            .setParameter("username", username == null ? "" : username)
            .getResultList();
    if (rows.isEmpty()) {
      return false;
    }
    Object[] row = rows.get(0);
    return Boolean.TRUE.equals(row[0]) && !Leavers.hasLeft((LocalDate) row[1], LocalDate.now());
  }
}
