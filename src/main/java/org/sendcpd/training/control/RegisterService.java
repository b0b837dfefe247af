package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.Changes;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.RecordSource;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.training.entity.TrainingSession;

/**
 * Marks a session's register. Marking makes the session DELIVERED; each person present gets one
 * VERIFIED record of the course (outcomes, hours, expiry from the course; completed on the
 * session's date; verified by whoever marks). Marking again corrects the register instead of adding
 * to it: a person already recorded keeps their record, and a person turned absent loses the record
 * the register made, in the audit log, never silently. Absentees can be kept booked for the next
 * session of the same course.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class RegisterService {

  static final BigDecimal MOST_HOURS = BigDecimal.valueOf(24);
  static final String LEADER_RECORDS =
      "SELECT COUNT(r) FROM CpdRecord r WHERE r.session.id = :sessionId"
          + " AND r.source = org.sendcpd.training.entity.RecordSource.FACILITATED";

  static final String REGISTER_RECORDS =
      "SELECT r FROM CpdRecord r WHERE r.session.id = :sessionId"
          + " AND r.source = org.sendcpd.training.entity.RecordSource.REGISTER";

  @PersistenceContext EntityManager em;
  @Inject SessionPlaces places;
  @Inject BookingService bookings;
  @Inject NextSessions next;
  @Inject BookingAccess access;
  @Inject AuditLog audit;
  @Inject TrainingAudit trainingAudit;
  @Inject CurrentUser caller;
  @Inject StaffService staff;
  Clock clock = Clock.systemDefaultZone();

  public RegisterResult mark(long sessionId, List<Attendance> marks, boolean keepAbsenteesBooked) {
    // Locked, so two people marking the same register at once make one record per attendee.
    TrainingSession session = bookings.lockedSession(sessionId);
    access.requireMarkRegister(session);
    requireMarkable(session);
    Map<Long, Booking> booked =
        places.of(session).stream()
            .filter(b -> b.getStatus().holdsPlace())
            .collect(Collectors.toMap(b -> b.getStaffMember().getId(), Function.identity()));
    validate(marks, booked);
    validateHours(marks, session);
    session.setStatus(SessionStatus.DELIVERED);
    Map<Long, CpdRecord> recorded =
        em.createQuery(REGISTER_RECORDS, CpdRecord.class)
            .setParameter("sessionId", session.getId())
            .getResultStream()
            .collect(
                Collectors.toMap(
                    r -> r.getStaffMember().getId(), Function.identity(), (a, b) -> a));
    List<CpdRecord> records = new ArrayList<>();
    List<Long> withdrawn = new ArrayList<>();
    List<StaffMember> absentees = new ArrayList<>();
    int created = 0;
    for (Attendance mark : marks) {
      Booking booking = booked.get(mark.staffId());
      CpdRecord record = recorded.get(mark.staffId());
      Changes.Snapshot before = TrainingAudit.fields(booking);
      if (mark.attended()) {
        booking.setStatus(BookingStatus.ATTENDED);
        trainingAudit.booking("BOOKING_ATTENDED", booking, before);
        if (record == null) {
          record = create(session, booking.getStaffMember());
          created++;
        }
        if (mark.hours() != null) {
          record.recordHours(mark.hours());
        }
        records.add(record);
      } else {
        booking.setStatus(BookingStatus.ABSENT);
        trainingAudit.booking("BOOKING_ABSENT", booking, before);
        absentees.add(booking.getStaffMember());
        if (record != null) {
          withdrawn.add(record.getId());
          em.remove(record);
          audit.change(
              caller.username(),
              "REGISTER_RECORD_WITHDRAWN",
              "CpdRecord",
              record.getId(),
              Changes.of()
                  .note(
                      "staff "
                          + mark.staffId()
                          + " re-marked absent from session "
                          + session.getId()));
        }
      }
    }
    StaffMember leader = session.getFacilitator();
    boolean leaderMarked =
        leader != null && marks.stream().anyMatch(m -> m.staffId() == leader.getId());
    DeliveryType delivery = session.getCourse().getDelivery();
    if (delivery.isCollaborative()
        && delivery != DeliveryType.SCHOOL_TO_SCHOOL
        && leader != null
        && !leaderMarked
        && !recorded.containsKey(leader.getId())) {
      // the coach, observer or enquiry lead learns too: their record comes with the register
      records.add(create(session, leader));
      created++;
    }
    if (!records.isEmpty()) {
      // a visiting specialist leads what they already hold: hours, no competence (recordLeader)
      recordLeader(session);
    }
    audit.change(
        caller.username(),
        "REGISTER_MARKED",
        "TrainingSession",
        session.getId(),
        Changes.of()
            .note(
                records.size()
                    + " present, "
                    + absentees.size()
                    + " absent, "
                    + created
                    + " records new"));
    List<Booking> rebooked = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (keepAbsenteesBooked) {
      absentees.forEach(person -> next.keepBooked(session, person, rebooked, notes));
    }
    return new RegisterResult(records, created, withdrawn, rebooked, notes);
  }

  /**
   * Puts someone who came on the register of a session that has begun, as the SENCO does for a
   * session entered after it took place: they take a place (so never more people than places: a
   * full session's capacity is raised on the calendar first), are marked present and get the
   * register's verified record. No booking notice goes out; the training is done.
   */
  public RegisterResult addAttendee(long sessionId, long staffId) {
    TrainingSession session = bookings.lockedSession(sessionId);
    access.requireMarkRegister(session);
    requireMarkable(session);
    StaffMember person = bookings.member(session, staffId);
    if (!person.isInPostOn(session.getStartsAt().toLocalDate())) {
      throw new InvalidInputException(
          person.getFullName() + " was not in post on the day of the session");
    }
    Booking booking =
        places.of(session).stream()
            .filter(b -> b.getStaffMember().getId().equals(staffId) && b.isActive())
            .findFirst()
            .orElse(null);
    if (booking != null && booking.getStatus().holdsPlace()) {
      throw new ConflictException(person.getFullName() + " is already on the register.");
    }
    if (places.free(session) == 0) {
      throw new ConflictException(
          "All "
              + session.getCapacity()
              + " places of this session are taken: raise its capacity on the calendar to add"
              + " another attendee.");
    }
    Changes.Snapshot before = booking == null ? null : TrainingAudit.fields(booking);
    if (booking == null) {
      booking = new Booking(session, person, BookingStatus.BOOKED, clock.instant());
      em.persist(booking);
    }
    booking.place();
    em.flush();
    trainingAudit.booking("BOOKING_MADE", booking, before);
    return mark(sessionId, List.of(new Attendance(staffId, true)), false);
  }

  /** Staff in post on the session's day who are not on its register yet, to add who came. */
  public List<StaffMember> notOnRegister(long sessionId) {
    TrainingSession session = bookings.session(sessionId);
    access.requireMarkRegister(session);
    Set<Long> onSheet =
        places.of(session).stream()
            .filter(b -> b.getStatus().holdsPlace())
            .map(b -> b.getStaffMember().getId())
            .collect(Collectors.toSet());
    return staff.inSchool(session.getSchool().getId()).stream()
        .filter(s -> s.isInPostOn(session.getStartsAt().toLocalDate()))
        .filter(s -> !onSheet.contains(s.getId()))
        .toList();
  }

  /** The sign-in sheet: everyone holding a place, for those who mark the register. */
  public List<Booking> sheet(long sessionId) {
    TrainingSession session = bookings.session(sessionId);
    access.requireMarkRegister(session);
    return places.of(session).stream().filter(b -> b.getStatus().holdsPlace()).toList();
  }

  /** The records this session's register made, for showing after marking. */
  public List<CpdRecord> records(long sessionId) {
    TrainingSession session = bookings.session(sessionId);
    access.requireMarkRegister(session);
    return em.createQuery(REGISTER_RECORDS, CpdRecord.class)
        .setParameter("sessionId", sessionId)
        .getResultList();
  }

  private CpdRecord create(TrainingSession session, StaffMember person) {
    LocalDate on = session.getStartsAt().toLocalDate();
    CpdRecord record = CpdRecord.ofCourse(person, session.getCourse(), on, RecordSource.REGISTER);
    record.setSession(session);
    record.verify(caller.username(), clock.instant());
    em.persist(record);
    em.flush();
    audit.change(
        caller.username(),
        "REGISTER_RECORD_CREATED",
        "CpdRecord",
        record.getId(),
        Changes.of().note("staff " + person.getId() + " attended session " + session.getId()));
    return record;
  }

  /**
   * The colleague of another school who led a school-to-school session gets one verified record of
   * having led it, once someone came: its hours count as their CPD, but it names no competence,
   * since leading evidences what they already held (the learners' records carry the outcomes).
   */
  private void recordLeader(TrainingSession session) {
    StaffMember leader = session.getFacilitator();
    if (leader == null || session.getCourse().getDelivery() != DeliveryType.SCHOOL_TO_SCHOOL) {
      return;
    }
    long already =
        em.createQuery(LEADER_RECORDS, Long.class)
            .setParameter("sessionId", session.getId())
            .getSingleResult();
    if (already > 0) {
      return;
    }
    String title = "Led: " + session.getCourse().getTitle();
    CpdRecord record =
        new CpdRecord(
            leader,
            title.length() > 200 ? title.substring(0, 200) : title,
            DeliveryType.SCHOOL_TO_SCHOOL,
            session.getStartsAt().toLocalDate(),
            session.getCourse().getHours(),
            RecordSource.FACILITATED);
    record.setProvider(session.getSchool().getName());
    record.setSession(session);
    record.verify(caller.username(), clock.instant());
    em.persist(record);
    em.flush();
    audit.change(
        caller.username(),
        "REGISTER_LEADER_RECORDED",
        "CpdRecord",
        record.getId(),
        Changes.of().note("staff " + leader.getId() + " led session " + session.getId()));
  }

  private void requireMarkable(TrainingSession session) {
    if (session.getStatus() == SessionStatus.CANCELLED) {
      throw new ConflictException("A cancelled session has no register to mark.");
    }
    if (session.getStatus() != SessionStatus.DELIVERED
        && session.getStartsAt().isAfter(LocalDateTime.now(clock))) {
      throw new ConflictException(
          "The session has not started yet; its register can be marked once it has begun.");
    }
  }

  /** Hours per person: for collaborative sessions only, more than 0 and at most a day's 24. */
  private static void validateHours(List<Attendance> marks, TrainingSession session) {
    boolean collaborative = session.getCourse().getDelivery().isCollaborative();
    List<String> problems = new ArrayList<>();
    for (Attendance mark : marks) {
      BigDecimal hours = mark.hours();
      if (hours == null) {
        continue;
      }
      if (!collaborative) {
        problems.add(
            "hours of staffId "
                + mark.staffId()
                + ": this session's records take the course's hours; hours per person are for"
                + " coaching, observation, enquiry and school-to-school sessions");
      } else if (hours.signum() <= 0 || hours.compareTo(MOST_HOURS) > 0 || hours.scale() > 2) {
        problems.add("hours of staffId " + mark.staffId() + ": more than 0 and at most 24");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("The register's hours are not valid", problems);
    }
  }

  private static void validate(List<Attendance> marks, Map<Long, Booking> booked) {
    if (marks == null || marks.isEmpty()) {
      throw new InvalidInputException("Send the register: one line per person booked");
    }
    Set<Long> seen = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (Attendance mark : marks) {
      if (!seen.add(mark.staffId())) {
        problems.add("staffId " + mark.staffId() + " appears more than once");
      } else if (!booked.containsKey(mark.staffId())) {
        problems.add("staffId " + mark.staffId() + " has no place on this session");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("The register names people who cannot be marked", problems);
    }
  }
}
