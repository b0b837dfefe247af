package org.sendcpd.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sendcpd.calendar.control.SchoolCalendar;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.training.control.BookingService;
import org.sendcpd.training.control.LevelNames;
import org.sendcpd.training.control.SessionPlaces;
import org.sendcpd.training.control.TrainingSessions;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.training.entity.TrainingSession;

/**
 * The reports of the training calendar, read in one transaction with the training component's
 * access rules: a term's calendar for everyone who may read the school's training; a session's
 * sign-in sheet for those who see its school and for its facilitator; a certificate of attendance
 * for the person who attended and for those who see their school. Downloads are audited by {@link
 * Reports} with ids only.
 */
@ApplicationScoped
@Transactional
public class SessionReports {

  @PersistenceContext EntityManager em;
  @Inject Reports reports;
  @Inject TrainingSessions sessions;
  @Inject SchoolCalendar calendar;
  @Inject BookingService bookings;
  @Inject SessionPlaces places;
  @Inject LevelNames levelNames;
  @Inject StaffService staff;
  @Inject AccessControl access;
  @Inject CurrentUser caller;

  /** The term containing the date (or the next term, in a holiday) of the school. */
  public ReportFile calendar(long schoolId, ReportFormat format, LocalDate date) {
    Reports.requireFormat(Reports.CALENDAR, format);
    CalendarData.Term term =
        CalendarData.termOf(calendar.years(schoolId), date)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "No term of the school contains or follows "
                            + ReportHeader.day(date)
                            + ": set the school year's terms first"));
    LocalDate from = term.plan().startsOn();
    LocalDate to = term.plan().endsOn();
    ReportHeader header = reports.header(schoolId, date);
    ReportData data =
        CalendarData.of(
            header,
            term,
            sessions.between(schoolId, from, to),
            sessions.placesTaken(schoolId, from, to));
    return reports.file(Reports.CALENDAR, format, header, data, "School", schoolId);
  }

  /** A session's sign-in sheet, dated with the session's day. */
  public ReportFile register(long sessionId, ReportFormat format) {
    Reports.requireFormat(Reports.REGISTER, format);
    bookings.summary(sessionId); // refuses all but the facilitator and those who see the school
    TrainingSession session = bookings.session(sessionId);
    ReportHeader header =
        reports.header(session.getSchool().getId(), session.getStartsAt().toLocalDate());
    ReportData data = RegisterData.of(header, session, places.of(session), levelNames.all());
    return reports.file(Reports.REGISTER, format, header, data, "TrainingSession", sessionId);
  }

  /**
   * A certificate of attendance at an in-house session, for the person who attended or those who
   * see their school; 400 when the session is not in-house or the person was not marked present.
   */
  public ReportFile certificate(long sessionId, StaffMember who, ReportFormat format) {
    Reports.requireFormat(Reports.CERTIFICATE, format);
    TrainingSession session = bookings.session(sessionId);
    StaffMember person = em.find(StaffMember.class, who.getId());
    if (!mayCertify(person)) {
      throw access.deny("TrainingSession", sessionId, "certificate of staff " + person.getId());
    }
    if (session.getCourse().getDelivery() != DeliveryType.IN_HOUSE) {
      throw new InvalidInputException(
          "Certificates of attendance are for in-house sessions: "
              + session.getCourse().getTitle()
              + " is not run by the school, so its provider issues the certificate");
    }
    boolean attended =
        places.of(session).stream()
            .anyMatch(
                b ->
                    b.getStaffMember().getId().equals(person.getId())
                        && b.getStatus() == BookingStatus.ATTENDED);
    if (!attended) {
      throw new InvalidInputException(
          person.getFullName() + " is not marked present on this session's register");
    }
    LocalDate day = session.getStartsAt().toLocalDate();
    ReportHeader header = reports.header(session.getSchool().getId(), day);
    ReportData data =
        CertificateData.of(header, session, person, levelNames.all(), senco(session, day));
    ReportFile file =
        reports.file(
            Reports.CERTIFICATE,
            format,
            header,
            data,
            "TrainingSession",
            sessionId,
            "staff " + person.getId());
    return ReportFile.of(
        header.schoolName(),
        Reports.CERTIFICATE + "-" + ReportFile.slug(person.getFullName()),
        day,
        format,
        file.bytes());
  }

  /**
   * Whether a session's page offers certificates: an in-house session whose register is taken, to
   * those who see the school.
   */
  public boolean offersCertificates(long sessionId) {
    TrainingSession session = bookings.session(sessionId);
    return session.getCourse().getDelivery() == DeliveryType.IN_HOUSE
        && session.getStatus() == SessionStatus.DELIVERED
        && access.maySeeSchool(session.getSchool().getId());
  }

  /** The person themselves, or the SENCO, head, trust lead or admin who sees their school. */
  public boolean mayCertify(StaffMember person) {
    return Objects.equals(caller.staffId().orElse(null), person.getId())
        || access.maySeeSchool(person.getSchool().getId());
  }

  /**
   * The caller's in-house sessions with a certificate, by the id of the CPD record the register
   * made: the sessions they were marked present at.
   */
  public Map<Long, Long> myCertificates() {
    Map<Long, Long> sessionsByRecord = new HashMap<>();
    caller
        .staffId()
        .ifPresent(
            me ->
                em.createQuery(
                        "SELECT r FROM CpdRecord r JOIN r.session t JOIN t.course c"
                            + " WHERE r.staffMember.id = :staffId AND c.delivery = :delivery"
                            + " AND r.source = org.sendcpd.training.entity.RecordSource.REGISTER"
                            + " AND EXISTS (SELECT b FROM Booking b WHERE b.session = t"
                            + " AND b.staffMember.id = :staffId"
                            + " AND b.status = org.sendcpd.training.entity.BookingStatus.ATTENDED)",
                        CpdRecord.class)
                    .setParameter("staffId", me)
                    .setParameter("delivery", DeliveryType.IN_HOUSE)
                    .getResultList()
                    .forEach(r -> sessionsByRecord.put(r.getId(), r.getSession().getId())));
    return sessionsByRecord;
  }

  /** The school's SENCO in post on the day, who signs the certificate off; null when none. */
  private StaffMember senco(TrainingSession session, LocalDate day) {
    List<StaffMember> sencos =
        staff.inSchool(session.getSchool().getId()).stream()
            .filter(s -> s.getJobRole() == JobRole.SENCO && s.isInPostOn(day))
            .sorted(
                Comparator.comparing(
                    StaffMember::getStartDate, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
    return sencos.isEmpty() ? null : sencos.get(0);
  }
}
