package org.sendcpd.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.Changes;

/**
 * The retention rule for leavers: {@code cpd.retention.years} (default 6) after their leaving date,
 * a person's name, email, team, account name, notes and certificate files are removed, while their
 * CPD records, hours, outcomes and bookings stay, so the school's figures for past years do not
 * change. The staff record stays under "Former staff member &lt;id&gt;".
 */
@ApplicationScoped
@Transactional
public class Retention {

  static final String EMAIL_DOMAIN = "@anonymised.invalid";

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject Event<Anonymisation> keepers;
  @Inject VerifiedCredentials verified;
  @Inject PasswordHasher hasher;

  @Inject
  @ConfigProperty(name = "cpd.retention.years", defaultValue = "6")
  int years;

  /** A leaver whose details are due for removal. */
  public record DueLeaver(
      long staffId, String school, String name, LocalDate leftDate, LocalDate dueOn) {}

  public int years() {
    return years;
  }

  /**
   * Leavers whose leaving date is {@link #years()} or more before {@code today}, oldest first; of
   * one school when {@code schoolId} is given.
   */
  public List<DueLeaver> due(LocalDate today, Long schoolId) {
    return em.createNamedQuery(StaffMember.FIND_DUE_FOR_ANONYMISATION, StaffMember.class)
        .setParameter("leftBy", today.minusYears(years))
        .getResultStream()
        .filter(s -> schoolId == null || schoolId.equals(s.getSchool().getId()))
        .map(
            s ->
                new DueLeaver(
                    s.getId(),
                    s.getSchool().getName(),
                    s.getFullName(),
                    s.getLeftDate(),
                    s.getLeftDate().plusYears(years)))
        .toList();
  }

  /** Removes the details of every leaver due on {@code today} (of one school, if given). */
  public int anonymiseDue(LocalDate today, Long schoolId, String actor) {
    List<DueLeaver> due = due(today, schoolId);
    due.forEach(d -> anonymise(d.staffId(), today, actor));
    return due.size();
  }

  private void anonymise(long staffId, LocalDate today, String actor) {
    StaffMember person = em.find(StaffMember.class, staffId);
    keepers.fire(new Anonymisation(staffId));
    em.createNamedQuery(UserAccount.FIND_BY_STAFF, UserAccount.class)
        .setParameter("staffId", staffId)
        .getResultList()
        .forEach(account -> closeAccount(account, staffId));
    person.anonymise(
        "Former", "staff member " + staffId, "former-" + staffId + EMAIL_DOMAIN, today);
    audit.change(
        actor,
        "PERSON_ANONYMISED",
        "StaffMember",
        staffId,
        Changes.of()
            .note(
                "left on "
                    + person.getLeftDate()
                    + ", retention "
                    + years
                    + " years: name, email, team, account name, notes and certificates removed"));
  }

  private void closeAccount(UserAccount account, long staffId) {
    verified.forget(account.getUsername());
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    // the hash of a random secret nobody is told: the account can never sign in again
    account.retire("former-" + staffId, hasher.hash(Base64.getEncoder().encodeToString(random)));
  }
}
