package org.sendcpd.organisation.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.AccountService;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.SignInGuard;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.ui.ScreenMessages;

/**
 * The administrator's accounts screen: who can sign in, which accounts refused sign-ins have locked
 * (with Unlock), and, per account, asking for a new password at the next sign-in and signing the
 * account out everywhere.
 */
@Named
@ViewScoped
public class AccountListView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /** One account as the table shows it. */
  public record Row(
      long id,
      String username,
      String person,
      String roles,
      boolean enabled,
      String lastSignIn,
      boolean mustChangePassword,
      String lockedUntil)
      implements Serializable {}

  @Inject AccountService accounts;
  @Inject SignInGuard signIns;
  @Inject CurrentUser caller;
  @Inject AccessControl access;
  @Inject ScreenMessages messages;

  private List<Row> rows;

  @PostConstruct
  void load() {
    requireAdmin();
    Map<String, Instant> locked = signIns.lockedAccounts();
    // locked accounts first: they are why an administrator comes here in a hurry
    rows =
        accounts.all().stream()
            .sorted(Comparator.comparing((UserAccount a) -> !locked.containsKey(a.getUsername())))
            .map(a -> row(a, locked.get(a.getUsername())))
            .toList();
  }

  public void unlock(Row row) {
    requireAdmin();
    accounts.unlock(row.id());
    done("accounts.unlocked", row);
  }

  public void requirePasswordChange(Row row) {
    requireAdmin();
    try {
      accounts.change(row.id(), null, null, null, null, null, true);
      done("accounts.mustChange", row);
    } catch (InvalidInputException e) {
      messages.refused(e);
    }
  }

  public void signOutEverywhere(Row row) {
    requireAdmin();
    accounts.signOutEverywhere(row.id());
    done("accounts.signedOut", row);
  }

  public List<Row> getRows() {
    return rows;
  }

  private void done(String key, Row row) {
    messages.info(MessageFormat.format(messages.text(key), row.username()));
    load();
  }

  private void requireAdmin() {
    if (!caller.has(SecurityRole.ADMIN)) {
      throw access.deny("UserAccount", null, "accounts are for administrators");
    }
  }

  private static Row row(UserAccount a, Instant lockedUntil) {
    return new Row(
        a.getId(),
        a.getUsername(),
        a.getStaffMember() == null ? "" : a.getStaffMember().getFullName(),
        a.getRoles().stream()
            .map(r -> r.name().replace('_', ' ').toLowerCase())
            .sorted()
            .collect(Collectors.joining(", ")),
        a.isEnabled(),
        time(a.getLastLoginAt()),
        a.isMustChangePassword(),
        time(lockedUntil));
  }

  private static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(ZoneId.systemDefault()));
  }
}
