package org.sendcpd.training.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.sendcpd.organisation.control.VisibleSchools;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.training.control.RenewalBooking;
import org.sendcpd.training.control.RenewalRow;
import org.sendcpd.training.control.Renewals;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/** Renewals: the school's certificates lapsing within the window and expired, and re-booking. */
@Named
@ViewScoped
public class RenewalsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @Inject Renewals renewals;
  @Inject RenewalBooking booking;
  @Inject WorkforceAnalyses gaps;
  @Inject VisibleSchools schools;
  @Inject FacesContext faces;

  private Long schoolId;
  private Integer windowDays;
  private List<RenewalRow> rows = List.of();

  @PostConstruct
  void init() {
    schoolId = schools.requireDefaultSchool();
    windowDays = gaps.windowDays();
  }

  /** The page's view action and the window's listener. */
  public void load() {
    if (windowDays == null || windowDays < 1) {
      windowDays = gaps.windowDays();
    }
    rows = renewals.due(schoolId, LocalDate.now(), windowDays);
  }

  public void rebook(RenewalRow row) {
    try {
      Booking booked = booking.rebook(row.recordId());
      String when = WHEN.format(booked.getSession().getStartsAt());
      String text =
          booked.getStatus() == BookingStatus.WAITING
              ? row.person()
                  + " is number "
                  + booked.getWaitingPosition()
                  + " on the waiting list for "
                  + when
              : row.person() + " is booked on " + when;
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Re-booked", text));
    } catch (InvalidInputException | ConflictException refused) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_WARN, "Not re-booked", refused.getMessage()));
    }
    load();
  }

  public List<RenewalRow> getLapsing() {
    return rows.stream().filter(r -> !r.expired()).toList();
  }

  public List<RenewalRow> getExpired() {
    return rows.stream().filter(RenewalRow::expired).toList();
  }

  public List<SelectItem> getSchools() {
    return schools.options().stream().map(o -> new SelectItem(o.id(), o.name())).toList();
  }

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }

  public Integer getWindowDays() {
    return windowDays;
  }

  public void setWindowDays(Integer windowDays) {
    this.windowDays = windowDays;
  }
}
