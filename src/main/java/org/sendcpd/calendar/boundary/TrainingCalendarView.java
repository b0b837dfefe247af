package org.sendcpd.calendar.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import org.sendcpd.calendar.control.SchoolCalendar;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.VisibleSchools;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.StaleEditException;
import org.sendcpd.training.control.OffSchoolDayException;
import org.sendcpd.training.control.TrainingAccess;
import org.sendcpd.training.control.TrainingSessions;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.training.entity.TrainingSession;
import org.sendcpd.ui.ScreenMessages;

/**
 * The training calendar: the school's sessions on a month or week schedule over its terms and INSET
 * days. Planners create a session by clicking a day, open one to change or cancel it, and drag it
 * to move it; staff see the same calendar without changing it.
 */
@Named
@ViewScoped
public class TrainingCalendarView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TrainingSessions sessions;
  @Inject SchoolCalendar calendar;
  @Inject SessionOptions options;
  @Inject TrainingAccess access;
  @Inject VisibleSchools schools;
  @Inject CurrentUser caller;
  @Inject ScreenMessages messages;

  private Long schoolId;
  // A course chosen before coming here (the gap dialog's "schedule one"): new sessions start with
  // it
  private Long courseId;
  private String chosenCourse;
  private boolean planner;
  private SessionForm form = SessionForm.on(LocalDate.now());
  // The session as it was read into the dialog, to tell what someone else changed meanwhile.
  private SessionForm opened;
  private final ScheduleModel model = new Events();
  // Why the last save was held back (a weekend, the holidays...): the dialog offers "Save anyway"
  private List<String> offDay = List.of();

  /** The page's view action: refuses callers who may not read the school's calendar. */
  public void load() {
    if (schoolId == null) {
      schoolId = caller.schoolId().orElseGet(schools::requireDefaultSchool);
    }
    access.requireRead(schoolId);
    planner = access.mayPlan(schoolId);
    chosenCourse =
        planner && courseId != null
            ? options.courses(schoolId).stream()
                .filter(c -> courseId.equals(c.getValue()))
                .map(SelectItem::getLabel)
                .findFirst()
                .orElse(null)
            : null;
    if (chosenCourse == null) {
      courseId = null;
    }
  }

  /** Loads what the schedule shows for the days in view. */
  private final class Events extends LazyScheduleModel {
    private static final long serialVersionUID = 1L;

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
      LocalDate from = start.toLocalDate();
      LocalDate to = end.toLocalDate().minusDays(1);
      List<TrainingSession> shown = sessions.between(schoolId, from, to);
      CalendarEvents.of(
              calendar.years(schoolId),
              shown,
              sessions.placesTaken(schoolId, from, to),
              from,
              to,
              planner)
          .forEach(this::addEvent);
    }
  }

  public void onDateSelect(SelectEvent<LocalDateTime> event) {
    LocalDateTime at = event.getObject();
    form = SessionForm.on(at.toLocalDate());
    offDay = List.of();
    form.setCourseId(courseId);
    if (!at.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      form.setStartTime(at.toLocalTime());
      form.setEndTime(at.toLocalTime().plusMinutes(90));
    }
    if (planner) {
      PrimeFaces.current().executeScript("PF('sessionDialog').show()");
    }
  }

  public void onEventSelect(SelectEvent<ScheduleEvent<?>> event) {
    offDay = List.of();
    if (event.getObject().getData() instanceof Long id) {
      sessions
          .find(id)
          .ifPresent(
              s -> {
                form = SessionForm.of(s, sessions.placesTaken(id));
                opened = SessionForm.of(s, form.getPlacesTaken());
              });
      PrimeFaces.current().executeScript("PF('sessionDialog').show()");
    }
  }

  public void onEventMove(ScheduleEntryMoveEvent event) {
    if (!(event.getScheduleEvent().getData() instanceof Long id)) {
      return;
    }
    sessions
        .find(id)
        .ifPresent(
            s -> {
              LocalDateTime start = shifted(s.getStartsAt(), event);
              LocalDateTime end = shifted(s.getEndsAt(), event);
              if (!attempt(() -> sessions.move(id, start, end), "calendar.moved")
                  && !offDay.isEmpty()) {
                messages.info(messages.text("calendar.movedOffDay"));
                offDay = List.of();
              }
            });
  }

  /**
   * Saves the dialog. A session someone else saved since it was opened is not overwritten: the
   * message says who changed what and when, the person's input stays in the dialog, and saving
   * again saves it over the current session.
   */
  public void save() {
    save(false);
  }

  /** Saves a session the planner means at the unusual time the warning named. */
  public void saveAnyway() {
    save(true);
  }

  private void save(boolean offDayConfirmed) {
    SessionForm sent = form;
    offDay = List.of();
    boolean saved = false;
    try {
      saved =
          attempt(
              () -> {
                TrainingSession s =
                    sent.isNew()
                        ? sessions.create(sent.draft(schoolId), offDayConfirmed)
                        : sessions.update(
                            sent.getId(), sent.getVersion(), sent.draft(schoolId), offDayConfirmed);
                form = SessionForm.of(s, sessions.placesTaken(s.getId()));
                opened = SessionForm.of(s, form.getPlacesTaken());
              },
              sent.isNew() ? "calendar.created" : "calendar.saved");
    } catch (StaleEditException e) {
      SessionForm current =
          SessionForm.of(
              sessions.find(sent.getId()).orElseThrow(), sessions.placesTaken(sent.getId()));
      List<String> changed =
          opened == null
              ? List.of()
              : opened.differences(current).stream().map(messages::text).toList();
      messages.stale(e, changed);
      sent.rebase(current);
      opened = current;
    }
    PrimeFaces.current().ajax().addCallbackParam("saved", saved);
  }

  public void cancelSession() {
    Long id = form.getId();
    boolean done =
        attempt(() -> form = SessionForm.of(sessions.cancel(id), 0), "calendar.cancelled");
    PrimeFaces.current().ajax().addCallbackParam("saved", done);
  }

  private boolean attempt(Runnable change, String doneKey) {
    try {
      change.run();
      messages.info(messages.text(doneKey));
      return true;
    } catch (OffSchoolDayException e) {
      offDay = e.concerns();
      messages.error(messages.text("calendar.offDay") + " " + String.join("; ", offDay) + ".");
    } catch (InvalidInputException e) {
      messages.refused(e);
    } catch (StaleEditException e) {
      throw e;
    } catch (ConflictException e) {
      messages.refused(e);
    }
    return false;
  }

  private static LocalDateTime shifted(LocalDateTime time, ScheduleEntryMoveEvent event) {
    return time.plusYears(event.getYearDelta())
        .plusMonths(event.getMonthDelta())
        .plusDays(event.getDayDelta())
        .plusMinutes(event.getMinuteDelta());
  }

  public List<SelectItem> getCourses() {
    return options.courses(schoolId);
  }

  public List<SelectItem> getStaff() {
    return planner ? options.staff(schoolId) : List.of();
  }

  public List<SelectItem> getStatuses() {
    return Arrays.stream(SessionStatus.values())
        .filter(s -> s != SessionStatus.CANCELLED)
        .map(s -> new SelectItem(s, messages.text("status." + s.name())))
        .toList();
  }

  public Long getCourseId() {
    return courseId;
  }

  public void setCourseId(Long courseId) {
    this.courseId = courseId;
  }

  public String getChosenCourse() {
    return chosenCourse;
  }

  public List<String> getOffDay() {
    return offDay;
  }

  public boolean isPlanner() {
    return planner;
  }

  public ScheduleModel getModel() {
    return model;
  }

  public SessionForm getForm() {
    return form;
  }

  public boolean isEditable() {
    return planner && !form.isCancelled();
  }

  public boolean isPast() {
    return form.getDate() != null && !form.getDate().isAfter(LocalDate.now());
  }
}
