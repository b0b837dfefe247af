package org.sendcpd.training.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendcpd.training.entity.SessionStatus;

class SessionRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final LocalDateTime NEXT_WEEK = LocalDateTime.of(2026, 11, 30, 15, 30);

  static SessionDraft draft(SessionStatus status) {
    return new SessionDraft(
        1L, 1L, NEXT_WEEK, NEXT_WEEK.plusHours(2), "Hall", 7L, null, 20, status);
  }

  static List<String> fields(SessionDraft draft, long taken) {
    return SessionRules.problems(draft, taken, TODAY).stream().map(p -> p.get("field")).toList();
  }

  @Test
  void aPlannedSessionWithAllItsPartsIsFine() {
    assertEquals(List.of(), fields(draft(SessionStatus.PLANNED), 0));
    assertEquals(List.of(), fields(draft(SessionStatus.CONFIRMED), 20));
  }

  @Test
  void theEndComesAfterTheStart() {
    SessionDraft draft = draft(SessionStatus.PLANNED);
    assertEquals(List.of("endsAt"), fields(draft.at(NEXT_WEEK, NEXT_WEEK), 0));
    assertEquals(List.of("endsAt"), fields(draft.at(NEXT_WEEK, NEXT_WEEK.minusMinutes(1)), 0));
  }

  @Test
  void capacityHoldsEveryoneWithAPlace() {
    SessionDraft draft = draft(SessionStatus.PLANNED);
    assertEquals(List.of("capacity"), fields(draft, 21));
    SessionDraft none =
        new SessionDraft(1L, 1L, NEXT_WEEK, NEXT_WEEK.plusHours(1), null, null, null, 0, null);
    assertEquals(List.of("capacity", "status"), fields(none, 0));
  }

  @Test
  void aFacilitatorIsStaffOrAnOutsiderAndAConfirmedSessionHasOneAndAPlace() {
    SessionDraft both =
        new SessionDraft(
            1L,
            1L,
            NEXT_WEEK,
            NEXT_WEEK.plusHours(1),
            "Hall",
            7L,
            "Ann Trainer",
            10,
            SessionStatus.PLANNED);
    assertEquals(List.of("facilitatorName"), fields(both, 0));
    SessionDraft bare =
        new SessionDraft(
            1L, 1L, NEXT_WEEK, NEXT_WEEK.plusHours(1), " ", null, "", 10, SessionStatus.CONFIRMED);
    assertEquals(List.of("facilitatorId", "place"), fields(bare, 0));
  }

  @Test
  void onlyASessionWhoseDayHasComeCanBeDelivered() {
    assertEquals(List.of("status"), fields(draft(SessionStatus.DELIVERED), 0));
    LocalDateTime lastWeek = NEXT_WEEK.minusWeeks(2);
    SessionDraft past = draft(SessionStatus.DELIVERED).at(lastWeek, lastWeek.plusHours(2));
    assertEquals(List.of(), fields(past, 5));
    LocalDateTime today = TODAY.atTime(15, 30);
    assertEquals(
        List.of(), fields(draft(SessionStatus.DELIVERED).at(today, today.plusHours(1)), 0));
  }

  @Test
  void aSessionIsNotPlannedCancelled() {
    assertEquals(List.of("status"), fields(draft(SessionStatus.CANCELLED), 0));
  }
}
