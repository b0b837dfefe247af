package org.sendcpd.reports.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sendcpd.calendar.control.YearPlan;
import org.sendcpd.calendar.control.YearPlan.InsetPlan;
import org.sendcpd.calendar.control.YearPlan.TermPlan;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.training.entity.TrainingSession;

/**
 * A term's training calendar: every session of the school in the term, in date order, with its
 * times, course, delivery, place, facilitator, places booked against capacity and status. INSET
 * days are marked, and an INSET day with no session still gets its own line, since it is the day
 * whole-staff training is planned on.
 */
public final class CalendarData {

  /** The term a report covers, with the label of its school year ("2026/27"). */
  public record Term(String yearLabel, TermPlan plan, List<InsetPlan> insetDays) {}

  private CalendarData() {}

  /**
   * The term containing the date or, when the date falls in a holiday between terms, the next term
   * to start.
   */
  public static Optional<Term> termOf(List<YearPlan> years, LocalDate date) {
    return years.stream()
        .flatMap(y -> y.terms().stream().map(t -> new Term(y.label(), t, insetsIn(y, t))))
        .filter(t -> !t.plan().endsOn().isBefore(date))
        .min(Comparator.comparing(t -> t.plan().startsOn()));
  }

  private static List<InsetPlan> insetsIn(YearPlan year, TermPlan term) {
    return year.insetDays().stream()
        .filter(d -> !d.date().isBefore(term.startsOn()) && !d.date().isAfter(term.endsOn()))
        .toList();
  }

  public static ReportData of(
      ReportHeader header, Term term, List<TrainingSession> sessions, Map<Long, Long> taken) {
    Map<LocalDate, String> inset = new TreeMap<>();
    term.insetDays().forEach(d -> inset.put(d.date(), d.note() == null ? "" : d.note()));
    List<Map<String, Object>> rows = new ArrayList<>();
    int booked = 0;
    int capacity = 0;
    int cancelled = 0;
    for (TrainingSession s : sessions) {
      int places = taken.getOrDefault(s.getId(), 0L).intValue();
      if (s.getStatus() == SessionStatus.CANCELLED) {
        cancelled++;
      } else {
        booked += places;
        capacity += s.getCapacity();
      }
      rows.add(session(s, places, inset.containsKey(s.getStartsAt().toLocalDate())));
    }
    inset.forEach(
        (day, note) -> {
          if (sessions.stream().noneMatch(s -> s.getStartsAt().toLocalDate().equals(day))) {
            rows.add(insetDay(day, note));
          }
        });
    SheetTable sheet = sheet(sessions, taken, inset);
    rows.sort(Comparator.comparing(r -> (String) r.get("sortKey")));
    rows.forEach(r -> r.remove("sortKey"));
    Map<String, Object> parameters = header.parameters("Training calendar");
    TermPlan plan = term.plan();
    parameters.put("TERM", plan.name() + " term " + term.yearLabel());
    parameters.put("TERM_DATES", termDates(plan));
    parameters.put(
        "SUMMARY",
        (sessions.size() - cancelled)
            + " sessions · "
            + booked
            + " of "
            + capacity
            + " places booked · "
            + inset.size()
            + " INSET days"
            + (cancelled == 0 ? "" : " · " + cancelled + " cancelled"));
    SheetBook book =
        new SheetBook("Training calendar", header, List.of(sheet))
            .with("Term", parameters.get("TERM"))
            .with("Term starts", plan.startsOn())
            .with("Term ends", plan.endsOn())
            .with("Sessions", sessions.size() - cancelled)
            .with("Places booked", booked)
            .with("Places offered", capacity)
            .with("INSET days", inset.size())
            .with("Cancelled", cancelled);
    return new ReportData("calendar", parameters, rows, book);
  }

  /** The sessions and the INSET days without one, in time order, times as real date-times. */
  private static SheetTable sheet(
      List<TrainingSession> sessions, Map<Long, Long> taken, Map<LocalDate, String> inset) {
    TreeMap<String, List<?>> lines = new TreeMap<>();
    for (TrainingSession s : sessions) {
      lines.put(
          s.getStartsAt() + "#" + s.getId(),
          Arrays.asList(
              s.getStartsAt(),
              s.getEndsAt(),
              s.getCourse().getTitle(),
              SessionFacts.delivery(s.getCourse().getDelivery()),
              s.getPlace(),
              SessionFacts.facilitator(s),
              taken.getOrDefault(s.getId(), 0L).intValue(),
              s.getCapacity(),
              inset.containsKey(s.getStartsAt().toLocalDate()),
              Labels.words(s.getStatus().name())));
    }
    inset.forEach(
        (day, note) -> {
          if (sessions.stream().noneMatch(s -> s.getStartsAt().toLocalDate().equals(day))) {
            lines.put(
                day.atStartOfDay().toString(),
                Arrays.asList(
                    day,
                    null,
                    note.isEmpty() ? "INSET day" : "INSET day: " + note,
                    null,
                    null,
                    null,
                    null,
                    null,
                    true,
                    null));
          }
        });
    return new SheetTable(
        "Sessions",
        List.of(
            SheetColumn.of("Starts", CellKind.DATE_TIME),
            SheetColumn.of("Ends", CellKind.DATE_TIME),
            SheetColumn.text("Course"),
            SheetColumn.text("Delivery"),
            SheetColumn.text("Place"),
            SheetColumn.text("Facilitator"),
            SheetColumn.of("Booked", CellKind.WHOLE),
            SheetColumn.of("Places", CellKind.WHOLE),
            SheetColumn.text("INSET day"),
            SheetColumn.text("Status")),
        List.copyOf(lines.values()));
  }

  private static Map<String, Object> session(TrainingSession s, int places, boolean onInset) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("sortKey", s.getStartsAt().toString());
    row.put("day", SessionFacts.WEEKDAY.format(s.getStartsAt()));
    row.put("inset", onInset);
    row.put("times", SessionFacts.times(s));
    row.put("course", s.getCourse().getTitle());
    row.put("delivery", SessionFacts.delivery(s.getCourse().getDelivery()));
    row.put("place", s.getPlace() == null ? "" : s.getPlace());
    row.put("facilitator", SessionFacts.facilitator(s));
    row.put("places", places + " / " + s.getCapacity());
    row.put("status", Labels.words(s.getStatus().name()));
    return row;
  }

  private static Map<String, Object> insetDay(LocalDate day, String note) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("sortKey", day.atStartOfDay().toString());
    row.put("day", SessionFacts.WEEKDAY.format(day));
    row.put("inset", true);
    row.put("times", "All day");
    row.put("course", note.isEmpty() ? "INSET day" : "INSET day: " + note);
    row.put("delivery", "");
    row.put("place", "");
    row.put("facilitator", "");
    row.put("places", "");
    row.put("status", "");
    return row;
  }

  private static String termDates(TermPlan t) {
    String dates = ReportHeader.day(t.startsOn()) + " – " + ReportHeader.day(t.endsOn());
    if (t.halfTermStartsOn() != null && t.halfTermEndsOn() != null) {
      dates +=
          " · half-term "
              + ReportHeader.day(t.halfTermStartsOn())
              + " – "
              + ReportHeader.day(t.halfTermEndsOn());
    }
    return dates;
  }
}
