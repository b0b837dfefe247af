package org.sendcpd.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.Changes;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.platform.control.Validation;

/** Creates and changes sign-in accounts; only administrators reach it. */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class AccountService {

  static final Set<SecurityRole> GRANTABLE =
      EnumSet.of(
          SecurityRole.SENCO, SecurityRole.HEAD, SecurityRole.TRUST_LEAD, SecurityRole.ADMIN);

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject CurrentUser caller;
  @Inject Validation validation;
  @Inject VerifiedCredentials verified;
  @Inject EditGuard guard;
  @Inject PasswordPolicy policy;
  @Inject SignInGuard signIns;

  public List<UserAccount> all() {
    return em.createNamedQuery(UserAccount.FIND_ALL, UserAccount.class).getResultList();
  }

  public Optional<UserAccount> find(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  public UserAccount create(
      String username, String password, Long staffId, Set<SecurityRole> roles) {
    String name = username == null ? "" : username.trim().toLowerCase();
    if (!em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
        .setParameter("username", name)
        .getResultList()
        .isEmpty()) {
      throw new ConflictException("The username " + name + " is taken");
    }
    UserAccount account =
        new UserAccount(
            name, hasher.hash(policy.checked("password", name, password)), staff(staffId));
    account.setRoles(grantable(roles));
    // an account for someone who has left is born closed: it would be refused at sign-in anyway
    account.setEnabled(
        account.getStaffMember() == null
            || !Leavers.hasLeft(account.getStaffMember(), LocalDate.now()));
    validation.require(account);
    em.persist(account);
    em.flush();
    audit.change(
        caller.username(),
        "ACCOUNT_CREATED",
        "UserAccount",
        account.getId(),
        Changes.created(fields(account)));
    return account;
  }

  public UserAccount change(
      long id, String password, Long staffId, Set<SecurityRole> roles, Boolean enabled) {
    return change(id, null, password, staffId, roles, enabled, null);
  }

  /** The same for a copy read at {@code expectedVersion}: refused when someone saved since. */
  public UserAccount change(
      long id,
      Integer expectedVersion,
      String password,
      Long staffId,
      Set<SecurityRole> roles,
      Boolean enabled,
      Boolean mustChangePassword) {
    UserAccount account =
        find(id).orElseThrow(() -> new InvalidInputException("There is no account " + id));
    guard.require("UserAccount", id, expectedVersion, account.getRowVersion());
    // Roles live in rows of their own: a change to them alone must raise the version too.
    em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    Changes.Snapshot before = fields(account);
    List<Object> access = accessOf(account);
    if (password != null) {
      account.setPasswordHash(
          hasher.hash(policy.checked("password", account.getUsername(), password)));
    }
    if (staffId != null) {
      account.setStaffMember(staff(staffId));
    }
    if (roles != null) {
      account.setRoles(grantable(roles));
    }
    if (enabled != null) {
      account.setEnabled(enabled);
    }
    if (mustChangePassword != null) {
      account.setMustChangePassword(mustChangePassword);
    }
    StaffMember owner = account.getStaffMember();
    if (account.isEnabled() && owner != null && Leavers.hasLeft(owner, LocalDate.now())) {
      throw new ConflictException(
          "The account's owner left on "
              + owner.getLeftDate()
              + "; correct their leaving date before enabling it");
    }
    Changes changes = Changes.between(before, fields(account)).secret("password", password != null);
    if (password != null || !access.equals(accessOf(account))) {
      // a new password, other roles, another person or a closed account: earlier sign-ins end
      account.revokeSignIns();
    }
    verified.forget(account.getUsername());
    em.flush(); // the new version, for the answer's ETag
    audit.change(caller.username(), "ACCOUNT_CHANGED", "UserAccount", id, changes);
    return account;
  }

  /** Ends every session and cached sign-in of the account; the person signs in afresh. */
  public UserAccount signOutEverywhere(long id) {
    UserAccount account =
        find(id).orElseThrow(() -> new InvalidInputException("There is no account " + id));
    account.revokeSignIns();
    verified.forget(account.getUsername());
    em.flush();
    audit.change(
        caller.username(),
        "SIGNED_OUT_EVERYWHERE",
        "UserAccount",
        id,
        Changes.of().note("every session and API sign-in ended"));
    return account;
  }

  /** Ends a sign-in lock of the account (and its count of refused attempts) before its time. */
  public UserAccount unlock(long id) {
    UserAccount account =
        find(id).orElseThrow(() -> new InvalidInputException("There is no account " + id));
    Optional<Instant> until = signIns.lockedUntil(account.getUsername());
    signIns.unlock(account.getUsername());
    audit.change(
        caller.username(),
        "ACCOUNT_UNLOCKED",
        "UserAccount",
        id,
        until.isPresent()
            ? Changes.of().field("lockedUntil", until.get(), null)
            : Changes.of().note("was not locked"));
    return account;
  }

  public void delete(long id) {
    UserAccount account =
        find(id).orElseThrow(() -> new InvalidInputException("There is no account " + id));
    if (account.getUsername().equals(caller.username())) {
      throw new ConflictException("You cannot delete the account you are signed in with");
    }
    Changes.Snapshot before = fields(account);
    em.remove(account);
    verified.forget(account.getUsername());
    audit.change(
        caller.username(),
        "ACCOUNT_DELETED",
        "UserAccount",
        id,
        Changes.between(before, Changes.Snapshot.empty()));
  }

  /** What the audit log compares of an account; never the password hash. */
  static Changes.Snapshot fields(UserAccount a) {
    return Changes.Snapshot.empty()
        .with("username", a.getUsername())
        .with("staffId", a.getStaffMember() == null ? null : a.getStaffMember().getId())
        .with("roles", a.getRoles())
        .with("enabled", a.isEnabled())
        .with("mustChangePassword", a.isMustChangePassword());
  }

  /** What an account may do: a change of any of it ends the sign-ins made before. */
  static List<Object> accessOf(UserAccount a) {
    return List.of(
        a.getStaffMember() == null ? "" : a.getStaffMember().getId(),
        EnumSet.copyOf(a.getRoles().isEmpty() ? EnumSet.noneOf(SecurityRole.class) : a.getRoles()),
        a.isEnabled());
  }

  private StaffMember staff(Long staffId) {
    if (staffId == null) {
      return null;
    }
    StaffMember person = em.find(StaffMember.class, staffId);
    if (person == null) {
      throw new InvalidInputException("staffId " + staffId + " is unknown");
    }
    return person;
  }

  /** STAFF and LINE_MANAGER come from the staff record at sign-in; they are never granted. */
  static Set<SecurityRole> grantable(Set<SecurityRole> requested) {
    Set<SecurityRole> roles = EnumSet.noneOf(SecurityRole.class);
    for (SecurityRole role : requested == null ? Set.<SecurityRole>of() : requested) {
      if (role == SecurityRole.LINE_MANAGER) {
        throw new InvalidInputException(
            "LINE_MANAGER follows from having reports; it is not granted");
      }
      if (GRANTABLE.contains(role)) {
        roles.add(role);
      }
    }
    return roles;
  }
}
