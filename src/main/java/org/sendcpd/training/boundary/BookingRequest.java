package org.sendcpd.training.boundary;

/**
 * Whom to book: exactly one of a member of staff, a job role, a team, or everyone with a gap the
 * session's course closes; with the waiting list when the session is full.
 */
public record BookingRequest(
    Long staffId, String jobRole, String team, Boolean waitingList, Boolean withGap) {

  boolean wantsWaitingList() {
    return Boolean.TRUE.equals(waitingList);
  }

  boolean wantsGaps() {
    return Boolean.TRUE.equals(withGap);
  }

  int targets() {
    return (staffId == null ? 0 : 1)
        + (jobRole == null || jobRole.isBlank() ? 0 : 1)
        + (team == null || team.isBlank() ? 0 : 1)
        + (wantsGaps() ? 1 : 0);
  }
}
