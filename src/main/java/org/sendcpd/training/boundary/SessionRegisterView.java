package org.sendcpd.training.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendcpd.organisation.control.PeopleNames;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.training.control.Attendance;
import org.sendcpd.training.control.BookingService;
import org.sendcpd.training.control.RegisterResult;
import org.sendcpd.training.control.RegisterService;
import org.sendcpd.training.control.SessionSummary;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.SessionStatus;

/** A session's sign-in sheet: tick who came, save, and see the verified records it made. */
@Named
@ViewScoped
public class SessionRegisterView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A verified record the register made, as the page shows it. */
  public record RecordRow(
      long id,
      String name,
      String title,
      LocalDate completedOn,
      BigDecimal hours,
      LocalDate expiresOn,
      String by)
      implements Serializable {

    static RecordRow of(CpdRecord r, String verifiedBy) {
      return new RecordRow(
          r.getId(),
          r.getStaffMember().getFullName(),
          r.getTitle(),
          r.getCompletedOn(),
          r.getHours(),
          r.getExpiresOn(),
          verifiedBy);
    }
  }

  @Inject BookingService bookings;
  @Inject RegisterService register;
  @Inject FacesContext faces;
  @Inject PeopleNames names;

  private Long id;
  private SessionSummary session;
  private List<BookingRow> rows = List.of();
  private final Map<Long, Boolean> attended = new HashMap<>();
  // typed by the page's number field, whose value type the map's generics do not tell it
  private final Map<Long, Object> hours = new HashMap<>();
  private boolean collaborative;
  private boolean keepAbsenteesBooked;
  private List<RecordRow> records = List.of();
  private List<SelectItem> notOnRegister = List.of();
  private Long attendeeId;

  /** The page's view action: a refusal answers 403, an unknown session 404. */
  public void load() {
    if (id == null || bookings.find(id).isEmpty()) {
      SessionBookingsView.notFound(faces);
      return;
    }
    session = bookings.summary(id);
    collaborative =
        bookings.find(id).map(t -> t.getCourse().getDelivery().isCollaborative()).orElse(false);
    rows = register.sheet(id).stream().map(BookingRow::of).toList();
    rows.forEach(r -> attended.put(r.staffId(), r.status() != BookingStatus.ABSENT));
    notOnRegister =
        isOpen()
            ? register.notOnRegister(id).stream()
                .map(
                    s ->
                        new SelectItem(s.getId(), s.getFullName() + " · " + s.getJobRole().label()))
                .toList()
            : List.of();
    records =
        register.records(id).stream()
            .map(r -> RecordRow.of(r, names.of(r.getVerifiedBy())))
            .toList();
  }

  public void save() {
    List<Attendance> marks =
        rows.stream()
            .map(
                r ->
                    new Attendance(
                        r.staffId(),
                        Boolean.TRUE.equals(attended.get(r.staffId())),
                        collaborative ? hoursOf(r.staffId()) : null))
            .toList();
    try {
      RegisterResult result = register.mark(id, marks, keepAbsenteesBooked);
      message(
          FacesMessage.SEVERITY_INFO,
          "Register saved: "
              + result.records().size()
              + " present, "
              + result.created()
              + " new verified records"
              + (result.withdrawnRecordIds().isEmpty()
                  ? ""
                  : ", " + result.withdrawnRecordIds().size() + " withdrawn")
              + ".");
      result.rebooked().forEach(b -> message(FacesMessage.SEVERITY_INFO, rebooked(b)));
      result.notes().forEach(n -> message(FacesMessage.SEVERITY_WARN, n));
      load();
    } catch (ConflictException | InvalidInputException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  /** Adds someone who came, present at once with their verified record. */
  public void addAttendee() {
    if (attendeeId == null) {
      message(FacesMessage.SEVERITY_ERROR, "Choose who attended.");
      return;
    }
    try {
      RegisterResult result = register.addAttendee(id, attendeeId);
      result.records().stream()
          .filter(r -> r.getStaffMember().getId().equals(attendeeId))
          .findFirst()
          .ifPresent(
              r ->
                  message(
                      FacesMessage.SEVERITY_INFO,
                      r.getStaffMember().getFullName()
                          + " attended: their verified record is made."));
      attendeeId = null;
      load();
    } catch (ConflictException | InvalidInputException e) {
      message(FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  /** A collaborative session takes each person's hours; the others take the course's. */
  public boolean isCollaborative() {
    return collaborative;
  }

  public Map<Long, Object> getHours() {
    return hours;
  }

  private BigDecimal hoursOf(long staffId) {
    Object typed = hours.get(staffId);
    return typed == null || typed.toString().isBlank() ? null : new BigDecimal(typed.toString());
  }

  public List<SelectItem> getNotOnRegister() {
    return notOnRegister;
  }

  public Long getAttendeeId() {
    return attendeeId;
  }

  public void setAttendeeId(Long attendeeId) {
    this.attendeeId = attendeeId;
  }

  private static String rebooked(Booking b) {
    return b.getStaffMember().getFullName()
        + (b.getStatus() == BookingStatus.WAITING ? " waits for" : " is booked on")
        + " the session of "
        + b.getSession()
            .getStartsAt()
            .toLocalDate()
            .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
        + ".";
  }

  private void message(FacesMessage.Severity severity, String text) {
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }

  /** The register opens once the session has begun, and never for a cancelled one. */
  public boolean isOpen() {
    return session != null
        && session.status() != SessionStatus.CANCELLED
        && !session.startsAt().isAfter(LocalDateTime.now());
  }

  public SessionSummary getSession() {
    return session;
  }

  public List<BookingRow> getRows() {
    return rows;
  }

  public Map<Long, Boolean> getAttended() {
    return attended;
  }

  public List<RecordRow> getRecords() {
    return records;
  }

  public boolean isKeepAbsenteesBooked() {
    return keepAbsenteesBooked;
  }

  public void setKeepAbsenteesBooked(boolean keepAbsenteesBooked) {
    this.keepAbsenteesBooked = keepAbsenteesBooked;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
