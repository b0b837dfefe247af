package org.sendcpd.demo;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.RecordSource;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.training.entity.TrainingSession;

/**
 * The training calendar of the scenario: sessions from eight weeks ago to three months ahead with
 * their bookings. As when a real register is marked, every attendance at a DELIVERED session
 * becomes a VERIFIED record from the register, verified by the facilitator (or, for an outside
 * trainer, by the SENCO) at the end of the session.
 */
final class DemoTraining {

  private final EntityManager em;
  private final DemoSetting setting;

  DemoTraining(EntityManager em, DemoSetting setting) {
    this.em = em;
    this.setting = setting;
  }

  void load(List<JsonObject> sessions) {
    sessions.forEach(this::session);
  }

  private void session(JsonObject json) {
    Course course = setting.course(json.getString("courseCode"));
    LocalTime start = LocalTime.parse(json.getString("startTime"));
    LocalTime end = LocalTime.parse(json.getString("endTime"));
    LocalDate date =
        DemoCalendar.schoolDay(
            setting.school,
            setting.today,
            setting.day(json.getInt("dayOffset")),
            start,
            end,
            course.getDelivery() == DeliveryType.IN_HOUSE);
    TrainingSession session =
        new TrainingSession(
            course,
            setting.school,
            date.atTime(start),
            date.atTime(end),
            DemoJson.text(json, "place"),
            json.getInt("capacity"));
    String facilitator = DemoJson.text(json, "facilitatorEmail");
    if (facilitator != null) {
      session.setFacilitator(setting.person(facilitator));
    }
    session.setFacilitatorName(DemoJson.text(json, "facilitatorName"));
    SessionStatus status = SessionStatus.valueOf(json.getString("status"));
    if (status == SessionStatus.CANCELLED) {
      session.cancel();
    } else {
      session.setStatus(status);
    }
    em.persist(session);
    int waiting = 0;
    for (JsonObject booking : DemoJson.objects(json, "bookings")) {
      BookingStatus bookingStatus = BookingStatus.valueOf(booking.getString("status"));
      boolean marked =
          bookingStatus == BookingStatus.ATTENDED || bookingStatus == BookingStatus.ABSENT;
      if (marked && status != SessionStatus.DELIVERED) {
        throw new IllegalStateException(
            "Demo session "
                + json.getString("key")
                + " is not delivered but has "
                + bookingStatus
                + " bookings");
      }
      StaffMember person = setting.person(booking.getString("email"));
      Booking place = new Booking(session, person, bookingStatus, setting.at(date.minusDays(21)));
      if (bookingStatus == BookingStatus.WAITING) {
        place.setWaitingPosition(++waiting);
      }
      em.persist(place);
      if (bookingStatus == BookingStatus.ATTENDED) {
        em.persist(register(session, person));
      }
    }
  }

  private CpdRecord register(TrainingSession session, StaffMember person) {
    LocalDate date = session.getStartsAt().toLocalDate();
    CpdRecord record = CpdRecord.ofCourse(person, session.getCourse(), date, RecordSource.REGISTER);
    record.setSession(session);
    StaffMember verifier =
        session.getFacilitator() != null
            ? session.getFacilitator()
            : setting.withRole(JobRole.SENCO);
    record.verify(DemoSetting.username(verifier), setting.at(session.getEndsAt()));
    return record;
  }
}
