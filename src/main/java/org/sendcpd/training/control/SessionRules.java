package org.sendcpd.training.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sendcpd.training.entity.SessionStatus;

/**
 * The rules a planned session keeps, checked before anything is saved so a bad request changes
 * nothing:
 *
 * <ul>
 *   <li>it has a course, a start, and an end after the start;
 *   <li>it has room for at least one person and for everyone who already holds a place;
 *   <li>its facilitator is a member of staff or an outside trainer, not both; a CONFIRMED session
 *       has its trainer and its room (that is what confirmed means);
 *   <li>it is DELIVERED only once its day has come, so a session that took place can be entered
 *       afterwards but a future one cannot be marked as done;
 *   <li>it is planned as PLANNED, CONFIRMED or DELIVERED; cancelling comes later.
 * </ul>
 */
public final class SessionRules {

  private SessionRules() {}

  /** Problems field by field; empty when the draft may be saved. */
  public static List<Map<String, String>> problems(
      SessionDraft draft, long placesTaken, LocalDate today) {
    List<Map<String, String>> problems = new ArrayList<>();
    if (draft.courseId() == null) {
      problems.add(problem("courseId", "choose a course"));
    }
    if (draft.startsAt() == null) {
      problems.add(problem("startsAt", "give the start"));
    }
    if (draft.endsAt() == null) {
      problems.add(problem("endsAt", "give the end"));
    } else if (draft.startsAt() != null && !draft.endsAt().isAfter(draft.startsAt())) {
      problems.add(problem("endsAt", "a session must end after it starts"));
    }
    Integer capacity = draft.capacity();
    if (capacity == null || capacity < 1) {
      problems.add(problem("capacity", "a session needs at least one place"));
    } else if (capacity < placesTaken) {
      problems.add(
          problem("capacity", placesTaken + " places are already taken; capacity cannot be less"));
    }
    boolean staffMember = draft.facilitatorId() != null;
    boolean outsider = draft.facilitatorName() != null && !draft.facilitatorName().isBlank();
    if (staffMember && outsider) {
      problems.add(
          problem("facilitatorName", "name a member of staff or an outside trainer, not both"));
    }
    SessionStatus status = draft.status();
    if (status == null) {
      problems.add(problem("status", "give the status"));
    } else if (status == SessionStatus.CANCELLED) {
      problems.add(problem("status", "a session is cancelled once planned, not planned cancelled"));
    } else if (status == SessionStatus.CONFIRMED) {
      if (!staffMember && !outsider) {
        problems.add(problem("facilitatorId", "a confirmed session needs its facilitator"));
      }
      if (draft.place() == null || draft.place().isBlank()) {
        problems.add(problem("place", "a confirmed session needs its place"));
      }
    } else if (status == SessionStatus.DELIVERED
        && draft.startsAt() != null
        && draft.startsAt().toLocalDate().isAfter(today)) {
      problems.add(problem("status", "a session cannot be delivered before its day"));
    }
    return problems;
  }

  private static Map<String, String> problem(String field, String message) {
    return Map.of("field", field, "message", message);
  }
}
