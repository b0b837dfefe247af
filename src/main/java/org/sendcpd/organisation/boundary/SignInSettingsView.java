package org.sendcpd.organisation.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.SingleSignOnProviders;
import org.sendcpd.organisation.control.SingleSignOnRequirement;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.ui.ScreenMessages;

/**
 * The administrator's sign-in screen: which single sign-on providers this installation offers, the
 * address to register with them, and per school whether only single sign-on is allowed.
 */
@Named
@ViewScoped
public class SignInSettingsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A provider as the screen lists it. */
  public record Provider(String label, String issuer) implements Serializable {}

  /** A school as the table shows it. */
  public record Row(long id, String name, boolean ssoRequired) implements Serializable {}

  @Inject SingleSignOnRequirement requirement;
  @Inject SingleSignOnProviders providers;
  @Inject OpenIdCallback callback;
  @Inject CurrentUser caller;
  @Inject AccessControl access;
  @Inject ScreenMessages messages;
  @Inject FacesContext faces;

  private List<Provider> offered;
  private List<Row> rows;
  private String redirectUri;

  @PostConstruct
  void load() {
    requireAdmin();
    offered =
        providers.configured().stream().map(p -> new Provider(p.label(), p.issuer())).toList();
    redirectUri =
        callback
            .redirectUri((HttpServletRequest) faces.getExternalContext().getRequest())
            .toString();
    rows = requirement.schools().stream().map(SignInSettingsView::row).toList();
  }

  public void setRequired(Row row, boolean required) {
    requireAdmin();
    try {
      School saved = requirement.set(row.id(), required, caller.username());
      messages.info(
          MessageFormat.format(
              messages.text(required ? "signIn.required" : "signIn.optional"), saved.getName()));
      rows = requirement.schools().stream().map(SignInSettingsView::row).toList();
    } catch (ConflictException e) {
      messages.refused(e);
    }
  }

  private static Row row(School school) {
    return new Row(school.getId(), school.getName(), school.isSsoRequired());
  }

  public List<Provider> getOffered() {
    return offered;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getRedirectUri() {
    return redirectUri;
  }

  private void requireAdmin() {
    if (!caller.has(SecurityRole.ADMIN)) {
      throw access.deny("School", null, "only administrators set how schools sign in");
    }
  }
}
