package org.sendcpd.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.sendcpd.organisation.control.SingleSignOnRefusal;

/** The page after a refused single sign-on: says why in the person's words, once. */
@Named
@RequestScoped
public class SingleSignOnRefusedView {

  @Inject FacesContext faces;

  public String getReason() {
    ExternalContext external = faces.getExternalContext();
    Object kept = external.getSessionMap().get(SingleSignOnRefusal.SESSION_KEY);
    Locale locale = faces.getViewRoot().getLocale();
    ResourceBundle messages = ResourceBundle.getBundle("org.sendcpd.messages", locale);
    if (!(kept instanceof SingleSignOnRefusal refusal)) {
      return messages.getString("sso.refused.none");
    }
    return MessageFormat.format(
        messages.getString("sso.refused." + refusal.reason().name()),
        refusal.provider() == null ? "your provider" : refusal.provider(),
        refusal.address(),
        refusal.leftOn() == null
            ? ""
            : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(refusal.leftOn()));
  }
}
