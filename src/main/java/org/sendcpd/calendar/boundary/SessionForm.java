package org.sendcpd.calendar.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sendcpd.training.control.SessionDraft;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.training.entity.TrainingSession;

/** The session dialog's fields: every drag on the calendar can be made here too. */
public class SessionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Who runs the session: a member of staff or an outside trainer. */
  public enum Facilitator {
    STAFF,
    OUTSIDE
  }

  private Long id;
  private Long courseId;
  private LocalDate date;
  private LocalTime startTime = LocalTime.of(15, 45);
  private LocalTime endTime = LocalTime.of(17, 15);
  private String place;
  private Facilitator facilitator = Facilitator.STAFF;
  private Long facilitatorId;
  private String facilitatorName;
  private Integer capacity = 20;
  private SessionStatus status = SessionStatus.PLANNED;
  private int sequence;
  private Integer version;
  private long placesTaken;
  private String courseTitle;

  static SessionForm on(LocalDate date) {
    SessionForm form = new SessionForm();
    form.date = date;
    return form;
  }

  static SessionForm of(TrainingSession s, long placesTaken) {
    SessionForm form = new SessionForm();
    form.id = s.getId();
    form.courseId = s.getCourse().getId();
    form.courseTitle = s.getCourse().getTitle();
    form.date = s.getStartsAt().toLocalDate();
    form.startTime = s.getStartsAt().toLocalTime();
    form.endTime = s.getEndsAt().toLocalTime();
    form.place = s.getPlace();
    form.facilitator = s.getFacilitatorName() != null ? Facilitator.OUTSIDE : Facilitator.STAFF;
    form.facilitatorId = s.getFacilitator() == null ? null : s.getFacilitator().getId();
    form.facilitatorName = s.getFacilitatorName();
    form.capacity = s.getCapacity();
    form.status = s.getStatus();
    form.sequence = s.getSequence();
    form.version = s.getRowVersion();
    form.placesTaken = placesTaken;
    return form;
  }

  SessionDraft draft(long schoolId) {
    boolean staff = facilitator == Facilitator.STAFF;
    return new SessionDraft(
        courseId,
        schoolId,
        date == null || startTime == null ? null : date.atTime(startTime),
        date == null || endTime == null ? null : date.atTime(endTime),
        place,
        staff ? facilitatorId : null,
        staff ? null : facilitatorName,
        capacity,
        status);
  }

  /**
   * The fields (as message keys of their labels) in which another copy of the same session differs
   * from this one: what someone else changed, shown beside a refused save.
   */
  List<String> differences(SessionForm other) {
    List<String> keys = new ArrayList<>();
    if (!Objects.equals(date, other.date)) {
      keys.add("calendar.date");
    }
    if (!Objects.equals(startTime, other.startTime) || !Objects.equals(endTime, other.endTime)) {
      keys.add("calendar.times");
    }
    if (!Objects.equals(place, other.place)) {
      keys.add("calendar.place");
    }
    if (!Objects.equals(facilitatorId, other.facilitatorId)
        || !Objects.equals(facilitatorName, other.facilitatorName)) {
      keys.add("calendar.facilitator");
    }
    if (!Objects.equals(capacity, other.capacity)) {
      keys.add("calendar.capacity");
    }
    if (status != other.status) {
      keys.add("calendar.status");
    }
    return keys;
  }

  /** After a refused save: the person's input stays, and the next save is of the current copy. */
  void rebase(SessionForm current) {
    version = current.version;
    sequence = current.sequence;
    placesTaken = current.placesTaken;
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isCancelled() {
    return status == SessionStatus.CANCELLED;
  }

  public Long getId() {
    return id;
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public void setStartTime(LocalTime startTime) {
    this.startTime = startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public void setEndTime(LocalTime endTime) {
    this.endTime = endTime;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public Facilitator getFacilitator() {
    return facilitator;
  }

  public void setFacilitator(Facilitator facilitator) {
    this.facilitator = facilitator;
  }

  public Long getFacilitatorId() {
    return facilitatorId;
  }

  public void setFacilitatorId(Long facilitatorId) {
    this.facilitatorId = facilitatorId;
  }

  public String getFacilitatorName() {
    return facilitatorName;
  }

  public void setFacilitatorName(String facilitatorName) {
    this.facilitatorName = facilitatorName;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public SessionStatus getStatus() {
    return status;
  }

  public void setStatus(SessionStatus status) {
    this.status = status;
  }

  /** The row version the session had when this copy was read; sent back with the save. */
  public Integer getVersion() {
    return version;
  }

  public int getSequence() {
    return sequence;
  }

  public long getPlacesTaken() {
    return placesTaken;
  }
}
