package org.sendcpd.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.ResourceBundle;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;

/**
 * Messages for screens: texts from the bundle, and a refused change shown as the API would answer
 * it, with the reason field by field. View-scoped beans use it instead of holding a FacesContext.
 */
@RequestScoped
public class ScreenMessages {

  @Inject FacesContext faces;

  public String text(String key) {
    return ResourceBundle.getBundle("org.sendcpd.messages", faces.getViewRoot().getLocale())
        .getString(key);
  }

  public void refused(InvalidInputException e) {
    if (e.details().isEmpty()) {
      error(e.getMessage());
    }
    for (Object detail : e.details()) {
      error(detail instanceof Map<?, ?> p ? String.valueOf(p.get("message")) : detail.toString());
    }
  }

  public void refused(ConflictException e) {
    error(e.getMessage());
  }

  public void error(String summary) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, ""));
    faces.validationFailed();
  }

  public void info(String summary) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, ""));
  }
}
