package org.sendcpd.outreach.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.outreach.control.Acceptance;
import org.sendcpd.outreach.control.SupportRequests;
import org.sendcpd.platform.control.AccessDeniedException;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.ui.ScreenMessages;

/**
 * Support requests between the schools: what the school asked and was asked. The holder's head
 * accepts a request (choosing the day and times, which plans the session on the asking school's
 * calendar) or declines it with a reason; the holder may accept with the head's agreement.
 */
@Named
@ViewScoped
public class SupportRequestsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SupportRequests requests;
  @Inject CurrentUser caller;
  @Inject ScreenMessages messages;

  private List<RequestRow> rows = List.of();
  private RequestRow chosen;
  private LocalDate day;
  private LocalTime start = LocalTime.of(13, 30);
  private LocalTime end = LocalTime.of(15, 30);
  private String place;
  private Integer capacity = 10;
  private boolean headAgreed;
  private String reason;

  public void load() {
    Long me = caller.staffId().orElse(null);
    rows =
        requests.visible().stream().map(r -> RequestRow.of(r, requests.mayDecide(r), me)).toList();
  }

  public void choose(long id) {
    chosen = rows.stream().filter(r -> r.id() == id).findFirst().orElse(null);
    day =
        chosen == null || chosen.preferredDates().isEmpty() ? null : chosen.preferredDates().get(0);
    reason = null;
    headAgreed = false;
  }

  public void accept() {
    boolean done = false;
    if (chosen == null) {
      messages.error(messages.text("requests.chooseFirst"));
      return;
    }
    try {
      requests.accept(
          chosen.id(),
          new Acceptance(
              day == null || start == null ? null : day.atTime(start),
              day == null || end == null ? null : day.atTime(end),
              place,
              capacity,
              headAgreed,
              null));
      messages.info(messages.text("requests.accepted"));
      done = true;
      load();
    } catch (InvalidInputException e) {
      messages.refused(e);
    } catch (ConflictException e) {
      messages.refused(e);
    } catch (AccessDeniedException e) {
      messages.error(e.getMessage());
    }
    PrimeFaces.current().ajax().addCallbackParam("done", done);
  }

  public void decline() {
    boolean done = false;
    if (chosen == null) {
      messages.error(messages.text("requests.chooseFirst"));
      return;
    }
    try {
      requests.decline(chosen.id(), reason);
      messages.info(messages.text("requests.declined"));
      done = true;
      load();
    } catch (InvalidInputException e) {
      messages.refused(e);
    } catch (ConflictException e) {
      messages.refused(e);
    } catch (AccessDeniedException e) {
      messages.error(e.getMessage());
    }
    PrimeFaces.current().ajax().addCallbackParam("done", done);
  }

  public List<RequestRow> getRows() {
    return rows;
  }

  public RequestRow getChosen() {
    return chosen;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public LocalTime getStart() {
    return start;
  }

  public void setStart(LocalTime start) {
    this.start = start;
  }

  public LocalTime getEnd() {
    return end;
  }

  public void setEnd(LocalTime end) {
    this.end = end;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public boolean isHeadAgreed() {
    return headAgreed;
  }

  public void setHeadAgreed(boolean headAgreed) {
    this.headAgreed = headAgreed;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
