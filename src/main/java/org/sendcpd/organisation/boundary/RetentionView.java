package org.sendcpd.organisation.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.Retention;
import org.sendcpd.organisation.control.Retention.DueLeaver;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.ui.ScreenMessages;

/**
 * The administrator's retention screen: the leavers due for removal of their details, and a run.
 */
@Named
@ViewScoped
public class RetentionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Retention retention;
  @Inject CurrentUser caller;
  @Inject AccessControl access;
  @Inject ScreenMessages messages;

  private List<DueLeaver> due;

  @PostConstruct
  void load() {
    requireAdmin();
    due = retention.due(LocalDate.now(), null);
  }

  public void anonymiseNow() {
    requireAdmin();
    int done = retention.anonymiseDue(LocalDate.now(), null, caller.username());
    messages.info(MessageFormat.format(messages.text("retention.done"), done));
    due = retention.due(LocalDate.now(), null);
  }

  public List<DueLeaver> getDue() {
    return due;
  }

  public int getYears() {
    return retention.years();
  }

  private void requireAdmin() {
    if (!caller.has(SecurityRole.ADMIN)) {
      throw access.deny("Retention", null, "the retention rule is for administrators");
    }
  }
}
