package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.analysis.Person;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.CourseOutcome;
import org.sendcpd.training.entity.TrainingSession;
import org.sendcpd.workforce.control.SchoolAnalysis;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/**
 * "Book the people with this gap": the in-post staff of the session's school whose standing in a
 * competence the course evidences is GAP or EXPIRING, at a level the course's outcome reaches, and
 * who are not on the session yet. The gap matrix is today's, as the SENCO sees it.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class GapBookings {

  @Inject WorkforceAnalyses gaps;
  @Inject BookingService bookings;
  @Inject SessionPlaces places;
  Clock clock = Clock.systemDefaultZone();

  public List<GapCandidate> candidates(long sessionId) {
    TrainingSession session = bookings.session(sessionId);
    SchoolAnalysis analysis = gaps.school(session.getSchool().getId(), LocalDate.now(clock));
    Map<Long, Integer> reaches =
        session.getCourse().getOutcomes().stream()
            .collect(
                Collectors.toMap(
                    o -> o.getCompetence().getId(), CourseOutcome::getLevelRank, Math::max));
    Set<Long> onSession =
        places.of(session).stream()
            .filter(Booking::isActive)
            .map(b -> b.getStaffMember().getId())
            .collect(Collectors.toSet());
    Map<Long, Set<String>> codes = new LinkedHashMap<>();
    for (GapCell cell : analysis.gaps().cells()) {
      Integer level = reaches.get(cell.competenceId());
      boolean open = cell.status() == GapStatus.GAP || cell.status() == GapStatus.EXPIRING;
      if (open
          && level != null
          && level >= cell.required()
          && !onSession.contains(cell.staffId())) {
        codes
            .computeIfAbsent(cell.staffId(), id -> new TreeSet<>())
            .add(analysis.competence(cell.competenceId()).code());
      }
    }
    return codes.entrySet().stream()
        .map(
            e -> {
              Person p = analysis.person(e.getKey());
              return new GapCandidate(
                  p.id(), p.name(), p.jobRole(), p.team(), List.copyOf(e.getValue()));
            })
        .sorted(java.util.Comparator.comparing(GapCandidate::name))
        .toList();
  }

  /** Books the chosen candidates, or all of them when none are named. */
  public BookingResult book(long sessionId, Collection<Long> chosen, boolean waitingList) {
    List<Long> all = candidates(sessionId).stream().map(GapCandidate::staffId).toList();
    List<Long> ids =
        chosen == null || chosen.isEmpty() ? all : chosen.stream().filter(all::contains).toList();
    if (ids.isEmpty()) {
      return new BookingResult(List.of(), List.of("No one has a gap that this course closes."));
    }
    return bookings.bookPeople(sessionId, ids, waitingList);
  }
}
