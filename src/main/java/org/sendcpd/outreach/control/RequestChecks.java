package org.sendcpd.outreach.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.sendcpd.platform.control.InvalidInputException;

/**
 * The plain rules a request and its acceptance keep, checked before anything is saved so bad input
 * changes nothing: each problem names its field.
 */
final class RequestChecks {

  static final int MESSAGE_LIMIT = 2000;
  static final int REASON_LIMIT = 1000;
  static final int MOST_DATES = 5;
  static final int MOST_PLACES = 200;

  /**
   * How far back an acceptance may date its session: a visit arranged by phone is entered after it
   * took place, so its register can be marked.
   */
  static final int DAYS_BACK = 60;

  private RequestChecks() {}

  static void request(RequestDraft draft, LocalDate today) {
    List<Map<String, String>> problems = new ArrayList<>();
    if (draft.toStaffId() == null) {
      problems.add(problem("toStaffId", "name the colleague you ask"));
    }
    if (draft.competenceCode() == null || draft.competenceCode().isBlank()) {
      problems.add(problem("competenceCode", "name the competence, e.g. CI-03"));
    }
    if (draft.level() == null || draft.level() < 1) {
      problems.add(problem("level", "give the level as a rank from 1"));
    }
    if (draft.message() != null && draft.message().length() > MESSAGE_LIMIT) {
      problems.add(problem("message", "at most " + MESSAGE_LIMIT + " characters"));
    }
    List<LocalDate> dates = draft.preferredDates();
    if (dates == null || dates.isEmpty()) {
      problems.add(problem("preferredDates", "give one to " + MOST_DATES + " dates"));
    } else if (dates.size() > MOST_DATES || dates.contains(null)) {
      problems.add(problem("preferredDates", "give one to " + MOST_DATES + " dates"));
    } else if (new HashSet<>(dates).size() < dates.size()) {
      problems.add(problem("preferredDates", "a date appears twice"));
    } else {
      for (LocalDate day : dates) {
        if (day.isBefore(today) || day.isAfter(today.plusYears(1))) {
          problems.add(problem("preferredDates", day + " is not within the coming year"));
        }
      }
    }
    require(problems);
  }

  static void acceptance(Acceptance a, LocalDateTime now) {
    List<Map<String, String>> problems = new ArrayList<>();
    if (a == null) {
      throw new InvalidInputException(
          "Send when the session is: startsAt and endsAt", List.of(problem("startsAt", "give it")));
    }
    if (a.startsAt() == null) {
      problems.add(problem("startsAt", "give the start"));
    } else if (a.startsAt().isBefore(now.minusDays(DAYS_BACK))
        || a.startsAt().isAfter(now.plusYears(1))) {
      problems.add(
          problem("startsAt", "must be within the last " + DAYS_BACK + " days or the coming year"));
    }
    if (a.endsAt() == null) {
      problems.add(problem("endsAt", "give the end"));
    } else if (a.startsAt() != null
        && (!a.endsAt().isAfter(a.startsAt()) || a.endsAt().isAfter(a.startsAt().plusHours(12)))) {
      problems.add(problem("endsAt", "must be after the start, on the same day"));
    }
    if (a.capacity() != null && (a.capacity() < 1 || a.capacity() > MOST_PLACES)) {
      problems.add(problem("capacity", "from 1 to " + MOST_PLACES + " places"));
    }
    if (a.place() != null && a.place().length() > 200) {
      problems.add(problem("place", "at most 200 characters"));
    }
    if (a.note() != null && a.note().length() > REASON_LIMIT) {
      problems.add(problem("note", "at most " + REASON_LIMIT + " characters"));
    }
    require(problems);
  }

  static String reason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException(
          "Say why the request is declined", List.of(problem("reason", "give the reason")));
    }
    if (reason.length() > REASON_LIMIT) {
      throw new InvalidInputException(
          "The reason is too long",
          List.of(problem("reason", "at most " + REASON_LIMIT + " characters")));
    }
    return reason.strip();
  }

  static Map<String, String> problem(String field, String message) {
    return Map.of("field", field, "message", message);
  }

  private static void require(List<Map<String, String>> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Some fields are not valid", problems);
    }
  }
}
