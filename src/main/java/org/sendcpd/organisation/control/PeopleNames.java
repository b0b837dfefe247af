package org.sendcpd.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sendcpd.organisation.entity.UserAccount;

/**
 * The name a person reads for whoever acted: records keep the username that verified or wrote
 * something (the audit trail's key), screens show the staff member's name behind it. An account of
 * no staff member (the administrator) keeps its username.
 */
@ApplicationScoped
public class PeopleNames {

  @PersistenceContext EntityManager em;

  public PeopleNames() {}

  /** For tests of other components, which cannot set the field. */
  public PeopleNames(EntityManager em) {
    this.em = em;
  }

  public String of(String username) {
    if (username == null || username.isBlank()) {
      return "";
    }
    return em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .filter(a -> a.getStaffMember() != null)
        .map(a -> a.getStaffMember().getFullName())
        .orElse(username);
  }
}
