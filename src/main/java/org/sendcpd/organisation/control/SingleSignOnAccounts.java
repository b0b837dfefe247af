package org.sendcpd.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.platform.control.AuditLog;

/**
 * Who a single sign-on signs in: the staff member whose work address the provider vouched for, as
 * their account. Someone with a staff record but no account yet is given one at their first sign-in
 * (staff rights only, a password nobody knows); an address no staff record uses gets nothing, so
 * the provider's directory never adds people to the school. Leavers and disabled accounts are
 * refused as at the sign-in page.
 */
@ApplicationScoped
public class SingleSignOnAccounts {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject DatabaseIdentityStore identities;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;

  /** The account signed in, with its roles and the security version the session keeps. */
  public record SignedIn(String username, Set<String> groups, int securityVersion) {}

  @Transactional
  public SignedIn signIn(SingleSignOnProvider provider, String address)
      throws SingleSignOnException {
    String via = "single sign-on with " + provider.label();
    StaffMember staff =
        em.createNamedQuery(StaffMember.FIND_BY_EMAIL, StaffMember.class)
            .setParameter("email", address)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (staff == null) {
      audit.record(address, "LOGIN_FAILED", "UserAccount", null, via + ": no staff record");
      throw new SingleSignOnException(
          SingleSignOnRefusal.Reason.UNKNOWN_ADDRESS, "no staff record uses " + address);
    }
    if (Leavers.hasLeft(staff, LocalDate.now())) {
      audit.record(address, "LOGIN_FAILED", "StaffMember", staff.getId(), via + ": has left");
      throw new SingleSignOnException(staff.getLeftDate());
    }
    UserAccount account =
        em.createNamedQuery(UserAccount.FIND_BY_STAFF, UserAccount.class)
            .setParameter("staffId", staff.getId())
            .getResultStream()
            .findFirst()
            .orElseGet(() -> create(staff, address, via));
    if (!account.isEnabled()) {
      audit.record(
          account.getUsername(),
          "LOGIN_FAILED",
          "UserAccount",
          account.getId(),
          via + ": disabled");
      throw new SingleSignOnException(SingleSignOnRefusal.Reason.DISABLED, "account disabled");
    }
    DatabaseIdentityStore.recordLogin(em, account.getId(), Instant.now());
    return new SignedIn(
        account.getUsername(), identities.groupsOf(account), account.getSecurityVersion());
  }

  private UserAccount create(StaffMember staff, String address, String via) {
    String username = usernameFor(address, this::taken);
    byte[] unknown = new byte[32];
    RANDOM.nextBytes(unknown);
    UserAccount account =
        new UserAccount(username, hasher.hash(Base64.getEncoder().encodeToString(unknown)), staff);
    em.persist(account);
    em.flush();
    audit.record(username, "ACCOUNT_CREATED", "UserAccount", account.getId(), "at first " + via);
    return account;
  }

  private boolean taken(String username) {
    return !em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultList()
        .isEmpty();
  }

  /**
   * A username from the address's local part, as the demo's accounts are named, kept to the
   * characters and length a username allows; "-2", "-3"... when it is taken.
   */
  static String usernameFor(String address, Predicate<String> taken) {
    String local = address.substring(0, address.indexOf('@')).toLowerCase(Locale.ROOT);
    String base = local.replaceAll("[^a-z0-9._-]", ".");
    base = base.length() > 90 ? base.substring(0, 90) : base;
    base = base.length() < 3 ? base + ".staff" : base;
    String name = base;
    for (int n = 2; taken.test(name); n++) {
      name = base + "-" + n;
    }
    return name;
  }
}
