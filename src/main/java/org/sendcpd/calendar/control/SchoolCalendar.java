package org.sendcpd.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendcpd.calendar.control.YearPlan.InsetPlan;
import org.sendcpd.calendar.control.YearPlan.TermPlan;
import org.sendcpd.calendar.entity.SchoolTerm;
import org.sendcpd.calendar.entity.SchoolYear;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.training.control.TrainingAccess;

/** Keeps each school's academic years: terms, half-terms and INSET days. */
@ApplicationScoped
@Transactional
public class SchoolCalendar {

  @PersistenceContext EntityManager em;
  @Inject TrainingAccess access;
  @Inject StaffService staff;
  @Inject AuditLog audit;
  @Inject CurrentUser caller;

  /** Every year the school has set, oldest first; readable by everyone who works there. */
  public List<YearPlan> years(long schoolId) {
    access.requireRead(schoolId);
    return find(schoolId).stream().map(YearPlan::of).toList();
  }

  /** The year starting in September of {@code startYear}, or an empty one not yet set. */
  public YearPlan year(long schoolId, int startYear) {
    access.requireRead(schoolId);
    return yearEntity(schoolId, startYear).map(YearPlan::of).orElse(YearPlan.empty(startYear));
  }

  /** Sets the year's terms and INSET days as given; all of them or, when a rule breaks, none. */
  public YearPlan save(long schoolId, YearPlan plan) {
    access.requirePlan(schoolId, "School", schoolId);
    SchoolYear year =
        yearEntity(schoolId, plan.startYear())
            .orElseGet(
                () -> {
                  SchoolYear created = new SchoolYear(staff.school(schoolId), plan.startYear());
                  em.persist(created);
                  return created;
                });
    year.clearDates();
    em.flush(); // old dates go before new ones, which may reuse a date
    for (TermPlan t : plan.terms()) {
      if (t.name() == null || t.startsOn() == null || t.endsOn() == null) {
        throw new InvalidInputException("Every term needs a name, a first and a last day");
      }
      SchoolTerm term = year.addTerm(t.name(), t.startsOn(), t.endsOn());
      term.setHalfTerm(t.halfTermStartsOn(), t.halfTermEndsOn());
    }
    for (InsetPlan d : plan.insetDays()) {
      if (d.date() == null) {
        throw new InvalidInputException("Every INSET day needs a date");
      }
      year.addInsetDay(d.date(), d.note() == null || d.note().isBlank() ? null : d.note().trim());
    }
    List<Map<String, String>> problems = year.problems();
    if (!problems.isEmpty()) {
      throw new InvalidInputException("The dates of " + year.getLabel() + " do not fit", problems);
    }
    em.flush();
    audit.record(caller.username(), "SCHOOL_YEAR_SAVED", "SchoolYear", year.getId(), null);
    return YearPlan.of(year);
  }

  private List<SchoolYear> find(long schoolId) {
    return em.createNamedQuery(SchoolYear.FIND_BY_SCHOOL, SchoolYear.class)
        .setParameter("schoolId", schoolId)
        .getResultList();
  }

  private Optional<SchoolYear> yearEntity(long schoolId, int startYear) {
    String label = SchoolYear.labelOf(startYear);
    return find(schoolId).stream().filter(y -> y.getLabel().equals(label)).findFirst();
  }
}
