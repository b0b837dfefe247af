package org.sendcpd.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.platform.control.AuditLog;

/**
 * Checks a username and password against the accounts table and answers with the caller's roles:
 * the granted ones, STAFF for everyone with a staff record, LINE_MANAGER for anyone with reports. A
 * disabled account, or one whose owner has left (even before the daily run disables it), is
 * refused, and so is the password of someone whose school signs in only through single sign-on (not
 * an administrator's); the sign-in route is told why (SignInRefusal) to say so.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  // SQL, not JPQL: EclipseLink raises the version in a JPQL bulk update too.
  static final String RECORD_LOGIN = "UPDATE user_account SET last_login_at = ? WHERE id = ?";

  /** Far above the policy's 128 characters (a character may take two chars), yet bounded. */
  static final int LONGEST_CHECKED = 1024;

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;

  // Checked when the username is unknown, so a wrong name costs as long as a wrong password.
  private volatile String decoyHash;

  @Override
  @Transactional
  public CredentialValidationResult validate(Credential credential) {
    SignInRefusal.clear();
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String username = login.getCaller() == null ? "" : login.getCaller().trim().toLowerCase();
    if (login.getPasswordAsString().length() > LONGEST_CHECKED) {
      // no password this long was ever allowed: refused without spending a hash on it
      return refuse(username, "password too long");
    }
    UserAccount account =
        em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
            .setParameter("username", username)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (account == null) {
      hasher.verify(login.getPasswordAsString(), decoyHash());
      return refuse(username, "unknown username");
    }
    if (!hasher.verify(login.getPasswordAsString(), account.getPasswordHash())) {
      return refuse(username, "wrong password");
    }
    StaffMember staff = account.getStaffMember();
    boolean left = staff != null && Leavers.hasLeft(staff, LocalDate.now());
    if (!account.isEnabled() || left) {
      SignInRefusal.tell(new SignInRefusal(left ? staff.getLeftDate() : null));
      return refuse(username, left ? "left on " + staff.getLeftDate() : "account disabled");
    }
    if (staff != null
        && staff.getSchool().isSsoRequired()
        && !account.getRoles().contains(SecurityRole.ADMIN)) {
      SignInRefusal.tell(SignInRefusal.singleSignOnOnly(staff.getSchool().getName()));
      return refuse(username, "password sign-in is off at " + staff.getSchool().getName());
    }
    recordLogin(account);
    return new CredentialValidationResult(account.getUsername(), groupsOf(account));
  }

  /**
   * Written past the row version: signing in is not an edit, and a person's simultaneous requests
   * (each one signs in with HTTP Basic) must not refuse each other or an administrator's change to
   * the account. UTC wall-clock time, as {@code InstantConverter} stores every instant.
   */
  void recordLogin(UserAccount account) {
    recordLogin(em, account.getId(), Instant.now());
  }

  public static void recordLogin(EntityManager em, long accountId, Instant at) {
    em.createNativeQuery(RECORD_LOGIN)
        .setParameter(1, Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)))
        .setParameter(2, accountId)
        .executeUpdate();
  }

  public Set<String> groupsOf(UserAccount account) {
    Set<SecurityRole> roles = EnumSet.noneOf(SecurityRole.class);
    roles.addAll(account.getRoles());
    StaffMember staff = account.getStaffMember();
    if (staff != null) {
      roles.add(SecurityRole.STAFF);
      Long reports =
          em.createNamedQuery(StaffMember.COUNT_REPORTS, Long.class)
              .setParameter("managerId", staff.getId())
              .getSingleResult();
      if (reports > 0) {
        roles.add(SecurityRole.LINE_MANAGER);
      }
    }
    return roles.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
  }

  private CredentialValidationResult refuse(String username, String why) {
    audit.record(username, "LOGIN_FAILED", "UserAccount", null, why);
    return CredentialValidationResult.INVALID_RESULT;
  }

  private String decoyHash() {
    if (decoyHash == null) {
      decoyHash = hasher.hash(Long.toString(System.nanoTime()));
    }
    return decoyHash;
  }
}
