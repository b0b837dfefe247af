package org.sendcpd.training.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.Person;
import org.sendcpd.analysis.RenewalRules;
import org.sendcpd.analysis.SessionOffer;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.workforce.control.SchoolAnalysis;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/**
 * The school's renewals: certificates lapsing within the window and those already expired (see
 * {@link RenewalRules}), each with the next session of the same course, for those who see the
 * school. Re-booking is done by {@link RenewalBooking}.
 */
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Renewals {

  static final String OPEN_BOOKINGS =
      "SELECT b.staffMember.id, t.course.id, t.startsAt, b.status FROM Booking b JOIN b.session t"
          + " WHERE t.school.id = :schoolId AND t.startsAt >= :from AND t.status IN"
          + " :open AND b.status IN"
          + " :onTheWay ORDER BY t.startsAt";
  static final String TITLES = "SELECT r.id, r.title FROM CpdRecord r WHERE r.id IN :ids";

  @Inject WorkforceAnalyses gaps;
  @PersistenceContext EntityManager em;

  /** Lapsing soonest first, then expired most recent first; access checked by the analysis. */
  public List<RenewalRow> due(long schoolId, LocalDate date, int windowDays) {
    SchoolAnalysis analysis = gaps.school(schoolId, date);
    Set<Long> inPost =
        analysis.workforce().people().stream()
            .filter(p -> p.inPostOn(date))
            .map(Person::id)
            .collect(Collectors.toSet());
    List<RenewalRules.Due> due =
        RenewalRules.due(analysis.workforce().evidence(), inPost, date, windowDays);
    if (due.isEmpty()) {
      return List.of();
    }
    Map<Long, String> titles = titles(due);
    Map<String, Object[]> open = openBookings(schoolId, date);
    List<SessionOffer> sessions = analysis.workforce().sessions();
    return due.stream().map(d -> row(d, analysis, titles, open, sessions, date)).toList();
  }

  private RenewalRow row(
      RenewalRules.Due due,
      SchoolAnalysis analysis,
      Map<Long, String> titles,
      Map<String, Object[]> open,
      List<SessionOffer> sessions,
      LocalDate date) {
    Optional<SessionOffer> next = RenewalRules.nextSession(sessions, due.courseId());
    Object[] booking = open.get(due.staffId() + ":" + due.courseId());
    String competences =
        due.competenceIds().stream()
            .map(analysis::competence)
            .map(CompetenceRef::code)
            .collect(Collectors.joining(", "));
    return new RenewalRow(
        due.recordId(),
        due.staffId(),
        analysis.person(due.staffId()).name(),
        titles.get(due.recordId()),
        competences,
        due.expiresOn(),
        ChronoUnit.DAYS.between(date, due.expiresOn()),
        due.expired(),
        next.map(SessionOffer::id).orElse(null),
        next.map(SessionOffer::startsAt).orElse(null),
        next.map(SessionOffer::freePlaces).orElse(0),
        booking == null ? null : (LocalDateTime) booking[2],
        booking == null ? null : String.valueOf(booking[3]));
  }

  private Map<Long, String> titles(List<RenewalRules.Due> due) {
    Map<Long, String> titles = new HashMap<>();
    em.createQuery(TITLES, Object[].class)
        .setParameter("ids", due.stream().map(RenewalRules.Due::recordId).toList())
        .getResultList()
        .forEach(r -> titles.put(((Number) r[0]).longValue(), (String) r[1]));
    return titles;
  }

  /** The first open booking per person and course on an upcoming session. */
  private Map<String, Object[]> openBookings(long schoolId, LocalDate date) {
    Map<String, Object[]> open = new HashMap<>();
    em.createQuery(OPEN_BOOKINGS, Object[].class)
        .setParameter("schoolId", schoolId)
        .setParameter("from", date.atStartOfDay())
        .setParameter("open", SessionStatus.OPEN)
        .setParameter("onTheWay", BookingStatus.ON_THE_WAY)
        .getResultList()
        .forEach(r -> open.putIfAbsent(r[0] + ":" + r[1], r));
    return open;
  }
}
