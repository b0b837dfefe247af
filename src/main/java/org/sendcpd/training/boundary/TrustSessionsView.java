package org.sendcpd.training.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.platform.control.AccessDeniedException;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.training.control.BookingResult;
import org.sendcpd.training.control.BookingService;
import org.sendcpd.training.control.TrainingAccess;
import org.sendcpd.training.control.TrustCatalogue;
import org.sendcpd.training.control.TrustOffer;
import org.sendcpd.training.control.TrustSessionDraft;
import org.sendcpd.ui.ScreenMessages;

/**
 * Trust sessions: the sessions of the trust's courses open to every school, beside each school's
 * own catalogue. A trust lead opens them; a school's SENCO or head books their staff, and anyone
 * books themselves, within the places left (and the school's share, where limited).
 */
@Named
@ViewScoped
public class TrustSessionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TrustCatalogue catalogue;
  @Inject BookingService bookings;
  @Inject TrainingAccess access;
  @Inject StaffService staff;
  @Inject CurrentUser caller;
  @Inject ScreenMessages messages;

  private List<TrustOffer> rows = List.of();
  private boolean trustLead;
  private boolean booker;
  private TrustOffer chosen;
  private List<Long> people = new ArrayList<>();
  private final OpenForm open = new OpenForm();

  /** The trust lead's new session: course, host school, day, times, places. */
  public static class OpenForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long courseId;
    private Long hostSchoolId;
    private LocalDate day;
    private LocalTime start = LocalTime.of(9, 0);
    private LocalTime end = LocalTime.of(12, 0);
    private String place;
    private Integer capacity = 20;
    private Integer placesPerSchool;

    public Long getCourseId() {
      return courseId;
    }

    public void setCourseId(Long v) {
      courseId = v;
    }

    public Long getHostSchoolId() {
      return hostSchoolId;
    }

    public void setHostSchoolId(Long v) {
      hostSchoolId = v;
    }

    public LocalDate getDay() {
      return day;
    }

    public void setDay(LocalDate v) {
      day = v;
    }

    public LocalTime getStart() {
      return start;
    }

    public void setStart(LocalTime v) {
      start = v;
    }

    public LocalTime getEnd() {
      return end;
    }

    public void setEnd(LocalTime v) {
      end = v;
    }

    public String getPlace() {
      return place;
    }

    public void setPlace(String v) {
      place = v;
    }

    public Integer getCapacity() {
      return capacity;
    }

    public void setCapacity(Integer v) {
      capacity = v;
    }

    public Integer getPlacesPerSchool() {
      return placesPerSchool;
    }

    public void setPlacesPerSchool(Integer v) {
      placesPerSchool = v;
    }
  }

  public void load() {
    trustLead = access.mayPlan(null);
    booker = caller.hasAny(SecurityRole.SENCO, SecurityRole.HEAD) && caller.schoolId().isPresent();
    rows = catalogue.upcoming();
  }

  public void choose(long sessionId) {
    chosen = rows.stream().filter(r -> r.sessionId() == sessionId).findFirst().orElse(null);
    people = new ArrayList<>();
  }

  public void book() {
    boolean done = false;
    if (chosen == null) {
      messages.error(messages.text("trustSessions.chooseFirst"));
      return;
    }
    try {
      BookingResult result = bookings.bookPeople(chosen.sessionId(), people, false);
      messages.info(result.bookings().size() + " " + messages.text("trustSessions.booked"));
      result.warnings().forEach(messages::info);
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

  public void bookMe(long sessionId) {
    try {
      bookings.bookPerson(sessionId, caller.staffId().orElseThrow(), false);
      messages.info(messages.text("trustSessions.bookedYou"));
      load();
    } catch (InvalidInputException e) {
      messages.refused(e);
    } catch (ConflictException e) {
      messages.refused(e);
    } catch (AccessDeniedException e) {
      messages.error(e.getMessage());
    }
  }

  public void openSession() {
    boolean done = false;
    try {
      catalogue.open(
          new TrustSessionDraft(
              open.courseId,
              open.hostSchoolId,
              open.day == null || open.start == null ? null : open.day.atTime(open.start),
              open.day == null || open.end == null ? null : open.day.atTime(open.end),
              open.place,
              null,
              open.capacity,
              open.placesPerSchool));
      messages.info(messages.text("trustSessions.opened"));
      done = true;
      load();
    } catch (InvalidInputException e) {
      messages.refused(e);
    } catch (ConflictException e) {
      messages.refused(e);
    }
    PrimeFaces.current().ajax().addCallbackParam("done", done);
  }

  /** The staff of the caller's school in post, to book. */
  public List<SelectItem> getStaff() {
    Long own = caller.schoolId().orElse(null);
    if (own == null || !booker) {
      return List.of();
    }
    return staff.inSchool(own).stream()
        .filter(s -> s.isInPostOn(LocalDate.now()))
        .map(s -> new SelectItem(s.getId(), s.getFullName()))
        .toList();
  }

  public List<SelectItem> getCourses() {
    return catalogue.courses().stream().map(c -> new SelectItem(c.getId(), c.getTitle())).toList();
  }

  public List<SelectItem> getSchools() {
    return staff.schools().stream().map(s -> new SelectItem(s.getId(), s.getName())).toList();
  }

  public String deliveryLabel(String delivery) {
    return messages.text("delivery." + delivery);
  }

  public List<TrustOffer> getRows() {
    return rows;
  }

  public boolean isTrustLead() {
    return trustLead;
  }

  public boolean isBooker() {
    return booker;
  }

  public boolean isHasStaffRecord() {
    return caller.staffId().isPresent();
  }

  public TrustOffer getChosen() {
    return chosen;
  }

  public List<Long> getPeople() {
    return people;
  }

  public void setPeople(List<Long> people) {
    this.people = people == null ? new ArrayList<>() : new ArrayList<>(people);
  }

  public OpenForm getOpen() {
    return open;
  }
}
