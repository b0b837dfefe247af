package org.sendcpd.training.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.training.control.BookingResult;
import org.sendcpd.training.control.BookingService;
import org.sendcpd.training.control.GapBookings;
import org.sendcpd.training.control.GapCandidate;
import org.sendcpd.training.control.SessionSummary;
import org.sendcpd.training.entity.BookingStatus;

/** A session's bookings: who has a place, who waits, and booking people, groups or gaps. */
@Named
@ViewScoped
public class SessionBookingsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject BookingService bookings;
  @Inject GapBookings gapBookings;
  @Inject FacesContext faces;

  private Long id;
  private SessionSummary session;
  private List<BookingRow> booked = List.of();
  private List<BookingRow> waiting = List.of();
  private Map<Long, String> staff = Map.of();
  private List<SelectItem> teams = List.of();
  private Long personId;
  private String jobRole;
  private String team;
  private boolean waitingList;
  private List<GapCandidate> candidates;
  private List<Long> chosen = new ArrayList<>();

  /** The page's view action: a refusal answers 403, an unknown session 404. */
  public void load() {
    if (id == null || bookings.find(id).isEmpty()) {
      notFound(faces);
      return;
    }
    session = bookings.summary(id);
    var people = bookings.inPost(id);
    Map<Long, String> names = new LinkedHashMap<>();
    people.forEach(s -> names.put(s.getId(), BookingRow.describe(s)));
    staff = names;
    teams =
        people.stream()
            .map(s -> s.getTeam())
            .filter(Objects::nonNull)
            .distinct()
            .sorted()
            .map(t -> new SelectItem(t, t))
            .toList();
    refresh();
  }

  private void refresh() {
    session = bookings.summary(id);
    List<BookingRow> rows = bookings.bookings(id).stream().map(BookingRow::of).toList();
    booked = rows.stream().filter(r -> r.status().holdsPlace()).toList();
    waiting =
        rows.stream()
            .filter(r -> r.status() == BookingStatus.WAITING)
            .sorted((a, b) -> a.waitingPosition().compareTo(b.waitingPosition()))
            .toList();
  }

  public List<Long> complete(String query) {
    String q = query == null ? "" : query.trim().toLowerCase();
    return staff.entrySet().stream()
        .filter(e -> e.getValue().toLowerCase().contains(q))
        .map(Map.Entry::getKey)
        .limit(15)
        .toList();
  }

  public String label(Long staffId) {
    return staffId == null ? "" : staff.getOrDefault(staffId, "");
  }

  public void bookPerson() {
    if (personId == null) {
      error("Choose a person to book.");
      return;
    }
    run(() -> bookings.bookPerson(id, personId, waitingList));
    personId = null;
  }

  public void bookJobRole() {
    if (jobRole == null || jobRole.isBlank()) {
      error("Choose a job role to book.");
      return;
    }
    run(() -> bookings.bookGroup(id, JobRole.valueOf(jobRole), null, waitingList));
  }

  public void bookTeam() {
    if (team == null || team.isBlank()) {
      error("Choose a team to book.");
      return;
    }
    run(() -> bookings.bookGroup(id, null, team, waitingList));
  }

  /** Lists everyone with a gap the course closes, all ticked, for the SENCO to confirm. */
  public void findGaps() {
    candidates = gapBookings.candidates(id);
    chosen = new ArrayList<>(candidates.stream().map(c -> c.staffId()).toList());
    if (candidates.isEmpty()) {
      info("No one in post has a gap that this course closes, or they are all booked already.");
    }
  }

  public void bookGaps() {
    List<Long> ids = List.copyOf(chosen);
    if (ids.isEmpty()) {
      error("Tick at least one person to book.");
      return;
    }
    run(() -> gapBookings.book(id, ids, waitingList));
    candidates = null;
  }

  public void cancel(long bookingId) {
    try {
      var cancelled = bookings.cancel(id, bookingId);
      info(cancelled.cancelled().getStaffMember().getFullName() + "'s booking is cancelled.");
      if (cancelled.promoted() != null) {
        info(
            cancelled.promoted().getStaffMember().getFullName()
                + " moves up from the waiting list.");
      }
    } catch (ConflictException | InvalidInputException e) {
      error(e.getMessage());
    }
    refresh();
  }

  private void run(Supplier<BookingResult> booking) {
    try {
      BookingResult result = booking.get();
      long placed =
          result.bookings().stream().filter(b -> b.getStatus() == BookingStatus.BOOKED).count();
      long queued = result.bookings().size() - placed;
      info(placed + " booked" + (queued > 0 ? ", " + queued + " on the waiting list" : "") + ".");
      result.warnings().forEach(w -> message(FacesMessage.SEVERITY_WARN, w));
    } catch (ConflictException | InvalidInputException e) {
      error(e.getMessage());
    }
    refresh();
  }

  static void notFound(FacesContext faces) {
    try {
      faces.getExternalContext().responseSendError(404, "No such session");
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void info(String text) {
    message(FacesMessage.SEVERITY_INFO, text);
  }

  private void error(String text) {
    message(FacesMessage.SEVERITY_ERROR, text);
  }

  private void message(FacesMessage.Severity severity, String text) {
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }

  public List<SelectItem> getJobRoles() {
    return Arrays.stream(JobRole.values()).map(r -> new SelectItem(r.name(), r.label())).toList();
  }

  public List<SelectItem> getTeams() {
    return teams;
  }

  public SessionSummary getSession() {
    return session;
  }

  public List<BookingRow> getBooked() {
    return booked;
  }

  public List<BookingRow> getWaiting() {
    return waiting;
  }

  public List<GapCandidate> getCandidates() {
    return candidates;
  }

  public List<Long> getChosen() {
    return chosen;
  }

  public void setChosen(List<Long> chosen) {
    this.chosen = chosen;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getPersonId() {
    return personId;
  }

  public void setPersonId(Long personId) {
    this.personId = personId;
  }

  public String getJobRole() {
    return jobRole;
  }

  public void setJobRole(String jobRole) {
    this.jobRole = jobRole;
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = team;
  }

  public boolean isWaitingList() {
    return waitingList;
  }

  public void setWaitingList(boolean waitingList) {
    this.waitingList = waitingList;
  }
}
