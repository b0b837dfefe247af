package org.sendcpd.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.Changes;
import org.sendcpd.platform.control.InvalidInputException;

/**
 * What a signed-in person does to their own account: change their password (the current one is
 * asked again, so a session left open cannot take the account over) and sign out everywhere. Both
 * raise the security version, so every other session and API sign-in of the account ends; the
 * caller's own session carries the new number on. A wrong current password counts as a refused
 * sign-in (SignInGuard), so this form is no way around the throttle.
 */
@ApplicationScoped
public class OwnAccount {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher hasher;
  @Inject PasswordPolicy policy;
  @Inject SignInGuard guard;
  @Inject VerifiedCredentials verified;
  @Inject AuditLog audit;

  /** Changes the password; answers the account's new security version. */
  @Transactional
  public int changePassword(String username, String current, String next, String address) {
    UserAccount account = account(username);
    if (current == null || current.isEmpty()) {
      throw refusal("currentPassword", "Give your current password");
    }
    if (guard.refuses(username, address) || !hasher.verify(current, account.getPasswordHash())) {
      guard.failed(username, address);
      throw refusal("currentPassword", "The current password is not right");
    }
    if (current.equals(next)) {
      throw refusal("newPassword", "The new password must differ from the current one");
    }
    account.setPasswordHash(
        hasher.hash(policy.checked("newPassword", account.getUsername(), next)));
    account.setMustChangePassword(false);
    account.revokeSignIns();
    verified.forget(account.getUsername());
    audit.change(
        account.getUsername(),
        "PASSWORD_CHANGED",
        "UserAccount",
        account.getId(),
        Changes.of().secret("password", true).note("by its owner; other sign-ins ended"));
    return account.getSecurityVersion();
  }

  /** Ends every session and API sign-in of the caller's account, this one included. */
  @Transactional
  public void signOutEverywhere(String username) {
    UserAccount account = account(username);
    account.revokeSignIns();
    verified.forget(account.getUsername());
    audit.change(
        account.getUsername(),
        "SIGNED_OUT_EVERYWHERE",
        "UserAccount",
        account.getId(),
        Changes.of().note("by its owner"));
  }

  private static InvalidInputException refusal(String field, String message) {
    return new InvalidInputException(message, List.of(Map.of("field", field, "message", message)));
  }

  private UserAccount account(String username) {
    return em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("There is no account " + username));
  }
}
