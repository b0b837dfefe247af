package org.sendcpd.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.StaleEditException;

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

  /**
   * A save of a copy someone else changed since it was shown: who and when, what they changed
   * (labels of the fields, when the screen can tell) and that the person's input is kept.
   */
  public void stale(StaleEditException e, List<String> changedFields) {
    error(staleText(e, changedFields));
  }

  /** The words of {@link #stale}, for a screen that lists refusals in a panel of its own. */
  public String staleText(StaleEditException e, List<String> changedFields) {
    String change = e.change();
    if (!changedFields.isEmpty()) {
      change =
          change.replaceAll("\\.$", "")
              + " ("
              + String.join(", ", changedFields).toLowerCase(faces.getViewRoot().getLocale())
              + ").";
    }
    return change + " " + text("stale.kept");
  }

  public void error(String summary) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, ""));
    faces.validationFailed();
  }

  public void info(String summary) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, ""));
  }
}
