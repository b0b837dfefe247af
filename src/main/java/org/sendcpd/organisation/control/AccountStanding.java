package org.sendcpd.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sendcpd.organisation.entity.UserAccount;

/**
 * The standing of a signed-in caller's account, asked on every request of a remembered sign-in (a
 * session, or HTTP Basic's cached check), from the database, so disabling an account, changing its
 * roles or signing it out everywhere on one instance of a cluster stops it on all of them at once.
 * One indexed lookup by username: cheap beside the page or answer it guards.
 */
@ApplicationScoped
public class AccountStanding {

  @PersistenceContext EntityManager em;

  public Optional<Standing> of(String username) {
    List<Object[]> rows =
        em.createNamedQuery(UserAccount.FIND_STANDING, Object[].class)
            .setParameter("username", username == null ? "" : username)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    return Optional.of(
        new Standing(
            Boolean.TRUE.equals(row[0]),
            (LocalDate) row[1],
            ((Number) row[2]).intValue(),
            Boolean.TRUE.equals(row[3])));
  }
}
