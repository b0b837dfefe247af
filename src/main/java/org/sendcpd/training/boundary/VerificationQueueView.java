package org.sendcpd.training.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.VisibleSchools;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.StaleEditException;
import org.sendcpd.training.control.LevelNames;
import org.sendcpd.training.control.RecordAccess;
import org.sendcpd.training.control.Verification;

/** The SENCO's queue: records staff logged themselves, to verify or reject with a reason. */
@Named
@ViewScoped
public class VerificationQueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Verification verification;
  @Inject VisibleSchools schools;
  @Inject LevelNames levelNames;
  @Inject CurrentUser caller;

  private Long schoolId;
  private List<QueueItem> items = List.of();
  private QueueItem rejecting;
  private String reason;

  @PostConstruct
  void init() {
    schoolId = schools.requireDefaultSchool();
  }

  /** The page's view action: refuses anyone who does not verify for the school. */
  public void load() {
    Map<String, String> names = levelNames.all();
    items = verification.pending(schoolId).stream().map(r -> QueueItem.of(r, names)).toList();
  }

  public void verify(QueueItem item) {
    try {
      verification.verify(item.id(), item.version());
      say(FacesMessage.SEVERITY_INFO, "Verified", item.title() + " for " + item.person());
    } catch (StaleEditException e) {
      changedMeanwhile(e, item);
    } catch (ConflictException e) {
      say(FacesMessage.SEVERITY_WARN, "Already decided", e.getMessage());
    }
    load();
  }

  /** The caller's own record: someone else decides on it, so it has no buttons here. */
  public boolean mine(QueueItem item) {
    return caller.staffId().map(me -> me == item.staffId()).orElse(false);
  }

  public String getOwnRecordRule() {
    return RecordAccess.OWN_RECORD;
  }

  public void startRejecting(QueueItem item) {
    rejecting = item;
    reason = null;
  }

  public void reject() {
    try {
      verification.reject(rejecting.id(), reason, rejecting.version());
      say(FacesMessage.SEVERITY_INFO, "Rejected", rejecting.title() + " for " + rejecting.person());
    } catch (InvalidInputException e) {
      FacesContext.getCurrentInstance().validationFailed();
      say(FacesMessage.SEVERITY_ERROR, "Reason needed", "Say why, for the person who logged it.");
      return;
    } catch (StaleEditException e) {
      changedMeanwhile(e, rejecting);
    } catch (ConflictException e) {
      say(FacesMessage.SEVERITY_WARN, "Already decided", e.getMessage());
    }
    PrimeFaces.current().executeScript("PF('rejectDialog').hide()");
    rejecting = null;
    load();
  }

  /** The owner changed the record after the queue was shown: nothing is decided on an old copy. */
  private static void changedMeanwhile(StaleEditException e, QueueItem item) {
    say(
        FacesMessage.SEVERITY_WARN,
        "Changed since you opened the queue",
        e.change()
            + " "
            + item.title()
            + " for "
            + item.person()
            + " is shown again as it is now: read it before you decide.");
  }

  private static void say(FacesMessage.Severity severity, String summary, String detail) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
  }

  public List<SelectItem> getSchools() {
    return schools.options().stream().map(o -> new SelectItem(o.id(), o.name())).toList();
  }

  public List<QueueItem> getItems() {
    return items;
  }

  public QueueItem getRejecting() {
    return rejecting;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }
}
