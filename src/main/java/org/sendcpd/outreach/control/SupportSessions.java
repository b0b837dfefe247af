package org.sendcpd.outreach.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.outreach.entity.SupportRequest;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.Validation;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.TrainingSession;

/**
 * Turns an accepted request into training of the asking school: a course of its own for this
 * support (school-to-school delivery, the competence and level asked as its outcome, the holder's
 * school as provider, no cost) kept out of the catalogue's offer, and one session of it on the
 * asking school's calendar with the holder as facilitator. The asking school then books its people
 * and marks the register as for any session; the register gives them the outcome and the holder a
 * record of having led it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SupportSessions {

  static final int DEFAULT_PLACES = 10;

  @PersistenceContext EntityManager em;
  @Inject Validation validation;
  @Inject AuditLog audit;
  @Inject CurrentUser caller;

  TrainingSession plan(SupportRequest request, Acceptance acceptance) {
    var wanted = request.getWanted();
    var holder = request.getToStaff();
    String title =
        "School-to-school: "
            + wanted.getCompetence().getCode()
            + " "
            + wanted.getCompetence().getStatement();
    Course course =
        new Course(
            request.getFromSchool(),
            title.length() > 200 ? title.substring(0, 199) + "…" : title,
            DeliveryType.SCHOOL_TO_SCHOOL,
            hours(acceptance));
    course.setProvider(holder.getSchool().getName());
    course.setDescription(request.getMessage());
    // made for this one request: records cite it, but the catalogue does not offer it for booking
    course.setActive(false);
    course.addOutcome(wanted.getCompetence(), wanted.getRank());
    validation.require(course);
    em.persist(course);
    TrainingSession session =
        new TrainingSession(
            course,
            request.getFromSchool(),
            acceptance.startsAt(),
            acceptance.endsAt(),
            acceptance.place() == null || acceptance.place().isBlank()
                ? null
                : acceptance.place().strip(),
            acceptance.capacity() == null ? DEFAULT_PLACES : acceptance.capacity());
    session.setFacilitator(holder);
    validation.require(session);
    em.persist(session);
    em.flush();
    audit.record(caller.username(), "COURSE_CREATED", "Course", course.getId(), "support");
    audit.record(
        caller.username(),
        "SESSION_CREATED",
        "TrainingSession",
        session.getId(),
        "support request " + request.getId());
    return session;
  }

  private static BigDecimal hours(Acceptance acceptance) {
    long minutes = Duration.between(acceptance.startsAt(), acceptance.endsAt()).toMinutes();
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }
}
