package org.sendcpd.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.OwnAccount;
import org.sendcpd.organisation.control.PasswordPolicy;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.ui.ScreenMessages;

/**
 * The person's own password page, reached from the top bar, and the page every screen leads to
 * while an administrator asks for a new password. Also signs the person out everywhere.
 */
@Named
@RequestScoped
public class ChangePasswordView {

  @Inject OwnAccount own;
  @Inject CurrentUser caller;
  @Inject ClientAddress addresses;
  @Inject ScreenMessages messages;
  @Inject FacesContext faces;

  private String currentPassword;
  private String newPassword;
  private String repeatPassword;
  private boolean changed;

  public void change() {
    if (newPassword == null || !newPassword.equals(repeatPassword)) {
      messages.error(messages.text("password.repeatDiffers"));
      return;
    }
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    try {
      int version =
          own.changePassword(
              caller.username(), currentPassword, newPassword, addresses.of(request));
      keepThisSession(request.getSession(false), version);
      changed = true;
      messages.info(messages.text("password.changed"));
    } catch (InvalidInputException e) {
      messages.refused(e);
    }
  }

  public void signOutEverywhere() throws IOException {
    own.signOutEverywhere(caller.username());
    ExternalContext external = faces.getExternalContext();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/login.xhtml?ended=everywhere");
  }

  // Other sessions of the account end with the new version; this one carries it on.
  private static void keepThisSession(HttpSession session, int version) {
    if (session != null
        && session.getAttribute(SignedInCaller.SESSION_KEY) instanceof SignedInCaller signedIn) {
      session.setAttribute(SignedInCaller.SESSION_KEY, signedIn.withSecurityVersion(version));
    }
  }

  /** An administrator asked for a new password: the page says so and offers no way around. */
  public boolean isRequired() {
    return !changed && caller.mustChangePassword();
  }

  public boolean isChanged() {
    return changed;
  }

  public int getMinLength() {
    return PasswordPolicy.MIN_LENGTH;
  }

  public int getMaxLength() {
    return PasswordPolicy.MAX_LENGTH;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }
}
