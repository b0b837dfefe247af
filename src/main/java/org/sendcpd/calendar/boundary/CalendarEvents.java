package org.sendcpd.calendar.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.ScheduleDisplayMode;
import org.primefaces.model.ScheduleEvent;
import org.sendcpd.calendar.control.YearPlan;
import org.sendcpd.calendar.control.YearPlan.InsetPlan;
import org.sendcpd.calendar.control.YearPlan.TermPlan;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.training.entity.TrainingSession;

/**
 * What the schedule shows: terms and half-terms as shaded backgrounds, INSET days as all-day
 * entries, and sessions coloured by how they are delivered, greyed and struck through when
 * cancelled. Session events carry the session id as their data.
 */
final class CalendarEvents {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private CalendarEvents() {}

  static List<ScheduleEvent<?>> of(
      List<YearPlan> years,
      List<TrainingSession> sessions,
      Map<Long, Long> taken,
      LocalDate from,
      LocalDate to,
      boolean planner) {
    List<ScheduleEvent<?>> events = new ArrayList<>();
    for (YearPlan year : years) {
      for (TermPlan term : year.terms()) {
        background(events, term.name() + " term", term.startsOn(), term.endsOn(), "cpd-bg-term");
        if (term.halfTermStartsOn() != null) {
          background(
              events,
              term.name() + " half-term",
              term.halfTermStartsOn(),
              term.halfTermEndsOn(),
              "cpd-bg-holiday");
        }
      }
      for (InsetPlan day : year.insetDays()) {
        events.add(
            DefaultScheduleEvent.builder()
                .id("inset-" + day.date())
                .title("INSET day" + (day.note() == null ? "" : ": " + day.note()))
                .description(day.note())
                .startDate(day.date().atStartOfDay())
                .endDate(day.date().plusDays(1).atStartOfDay())
                .allDay(true)
                .editable(false)
                .styleClass("cpd-ev-inset")
                .build());
      }
    }
    events.removeIf(
        e ->
            e.getEndDate().toLocalDate().isBefore(from)
                || e.getStartDate().toLocalDate().isAfter(to));
    for (TrainingSession s : sessions) {
      events.add(session(s, taken.getOrDefault(s.getId(), 0L), planner));
    }
    return events;
  }

  private static void background(
      List<ScheduleEvent<?>> events, String title, LocalDate from, LocalDate to, String style) {
    events.add(
        DefaultScheduleEvent.builder()
            .id(style + "-" + from)
            .title(title)
            .startDate(from.atStartOfDay())
            .endDate(to.plusDays(1).atStartOfDay())
            .allDay(true)
            .editable(false)
            .display(ScheduleDisplayMode.BACKGROUND)
            .styleClass(style)
            .build());
  }

  private static ScheduleEvent<Long> session(TrainingSession s, long taken, boolean planner) {
    boolean cancelled = s.getStatus() == SessionStatus.CANCELLED;
    boolean movable = planner && s.getStatus().isBookable();
    String facilitator =
        s.getFacilitator() != null ? s.getFacilitator().getFullName() : s.getFacilitatorName();
    String description =
        String.join(
            " · ",
            s.getStartsAt().toLocalTime().format(TIME)
                + "–"
                + s.getEndsAt().toLocalTime().format(TIME),
            s.getPlace() == null ? "place to be set" : s.getPlace(),
            facilitator == null ? "facilitator to be set" : facilitator,
            taken + " of " + s.getCapacity() + " places taken",
            s.getStatus().name().toLowerCase());
    return DefaultScheduleEvent.<Long>builder()
        .id("session-" + s.getId())
        .data(s.getId())
        .title((cancelled ? "Cancelled: " : "") + s.getCourse().getTitle())
        .description(description)
        .startDate(s.getStartsAt())
        .endDate(s.getEndsAt())
        .editable(movable)
        .draggable(movable)
        .resizable(false)
        .styleClass(
            "cpd-ev-session cpd-ev-"
                + s.getCourse().getDelivery().name().toLowerCase().replace('_', '-')
                + (cancelled ? " cpd-ev-cancelled" : "")
                + (s.getStatus() == SessionStatus.DELIVERED ? " cpd-ev-delivered" : ""))
        .build();
  }
}
