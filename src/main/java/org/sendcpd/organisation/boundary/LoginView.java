package org.sendcpd.organisation.boundary;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.sendcpd.organisation.control.SignInRefusal;
import org.sendcpd.organisation.control.SingleSignOnProvider;
import org.sendcpd.organisation.control.SingleSignOnProviders;

/** The login page: hands the typed credentials to the authentication mechanism. */
@Named
@RequestScoped
public class LoginView {

  @Inject SecurityContext security;
  @Inject FacesContext faces;
  @Inject SingleSignOnProviders providers;

  @NotBlank private String username;
  @NotBlank private String password;

  public void signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams()
                .credential(new UsernamePasswordCredential(username.trim().toLowerCase(), password))
                .newAuthentication(true));
    switch (status) {
      case SUCCESS -> external.redirect(external.getRequestContextPath() + "/");
      case SEND_CONTINUE -> faces.responseComplete();
      default ->
          faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(), null));
    }
  }

  /** The "Sign in with ..." buttons: one for each provider this installation has set up. */
  public List<SingleSignOnProvider> getSingleSignOn() {
    return providers.configured();
  }

  // A right password on a closed account is told apart, so a leaver knows why (not to retry).
  private String refusal() {
    Locale locale = faces.getViewRoot().getLocale();
    ResourceBundle messages = ResourceBundle.getBundle("org.sendcpd.messages", locale);
    return SignInRefusal.take()
        .map(
            r ->
                r.ssoSchool() != null
                    ? MessageFormat.format(messages.getString("login.ssoOnly"), r.ssoSchool())
                    : r.leftOn() == null
                        ? messages.getString("login.disabled")
                        : MessageFormat.format(
                            messages.getString("login.left"),
                            DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(r.leftOn())))
        .orElseGet(() -> messages.getString("login.failed"));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
