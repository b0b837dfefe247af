package org.sendcpd.outreach.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.outreach.control.OutreachOffers;
import org.sendcpd.outreach.control.SupportRequests;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.ui.ScreenMessages;

/**
 * My outreach: a person offers (or withdraws) to be found by the other schools of the trust, with a
 * note of what they offer, and sees the requests addressed to them.
 */
@Named
@ViewScoped
public class MyOutreachView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject OutreachOffers offers;
  @Inject SupportRequests requests;
  @Inject CurrentUser caller;
  @Inject ScreenMessages messages;

  private boolean available;
  private String note;
  private List<RequestRow> toMe = List.of();

  public void load() {
    OutreachOffers.Offer offer = offers.mine();
    available = offer.available();
    note = offer.note();
    Long me = caller.staffId().orElse(null);
    toMe =
        requests.visible().stream()
            .filter(r -> r.getToStaff().getId().equals(me))
            .map(r -> RequestRow.of(r, requests.mayDecide(r), me))
            .toList();
  }

  public void save() {
    try {
      offers.save(available, note);
      messages.info(
          messages.text(available ? "outreach.savedAvailable" : "outreach.savedNotAvailable"));
    } catch (InvalidInputException e) {
      messages.refused(e);
    }
  }

  public boolean isAvailable() {
    return available;
  }

  public void setAvailable(boolean available) {
    this.available = available;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public List<RequestRow> getToMe() {
    return toMe;
  }
}
