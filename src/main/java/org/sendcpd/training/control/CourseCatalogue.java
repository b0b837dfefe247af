package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.FrameworkLevel;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.EditGuard;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.platform.control.Validation;
import org.sendcpd.training.control.CourseDraft.OutcomeDraft;
import org.sendcpd.training.control.OutcomeCheck.Ladder;
import org.sendcpd.training.entity.Course;

/**
 * The training catalogue of a school and the courses shared across the trust: read by everyone who
 * works there, kept by its planners. Every change is audited.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class CourseCatalogue {

  private static final List<String> HELD = List.of("Held");

  @PersistenceContext EntityManager em;
  @Inject TrainingAccess access;
  @Inject StaffService staff;
  @Inject Validation validation;
  @Inject AuditLog audit;
  @Inject CurrentUser caller;
  @Inject EditGuard guard;

  /** The school's own courses and the shared ones, active first, by title. */
  public List<Course> forSchool(long schoolId) {
    access.requireRead(schoolId);
    staff.school(schoolId);
    return em.createQuery(
            "SELECT c FROM Course c LEFT JOIN c.school s WHERE s IS NULL OR s.id = :schoolId"
                + " ORDER BY c.active DESC, c.title",
            Course.class)
        .setParameter("schoolId", schoolId)
        .getResultList();
  }

  public Optional<Course> find(long id) {
    Course course = em.find(Course.class, id);
    if (course != null) {
      access.requireRead(schoolOf(course));
    }
    return Optional.ofNullable(course);
  }

  /**
   * Adds a course to a school's catalogue, or to the trust's shared one. A course sent without its
   * school belongs to the caller's own school when the caller may not keep shared courses (a SENCO
   * or head has one school, so naming it is not needed).
   */
  public Course create(CourseDraft draft) {
    Long schoolId = draft.schoolId();
    if (schoolId == null && !access.mayPlan(null)) {
      schoolId = caller.schoolId().orElse(null);
    }
    access.requirePlan(schoolId, "Course", null);
    Course course =
        new Course(
            schoolId == null ? null : staff.school(schoolId),
            draft.title(),
            draft.delivery(),
            draft.hours());
    Map<String, Competence> competences = apply(course, draft);
    em.persist(course);
    addOutcomes(course, draft, competences);
    em.flush();
    audit.record(caller.username(), "COURSE_CREATED", "Course", course.getId(), null);
    return course;
  }

  /** Changes a course; the school it belongs to stays as it is. */
  public Course update(long id, CourseDraft draft) {
    return update(id, null, draft);
  }

  /** The same for a copy read at {@code expectedVersion}: refused when someone saved since. */
  public Course update(long id, Integer expectedVersion, CourseDraft draft) {
    Course course = planned(id);
    guard.require("Course", id, expectedVersion, course.getRowVersion());
    // Outcomes live in rows of their own: a change to them alone must raise the version too.
    em.lock(course, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    Map<String, Competence> competences = apply(course, draft);
    course.clearOutcomes();
    em.flush(); // the old outcomes go before new ones that may name the same competence
    addOutcomes(course, draft, competences);
    em.flush();
    audit.record(caller.username(), "COURSE_UPDATED", "Course", id, null);
    return course;
  }

  /** Stops offering a course; records that cite it keep it. */
  public Course deactivate(long id) {
    Course course = planned(id);
    course.setActive(false);
    audit.record(caller.username(), "COURSE_DEACTIVATED", "Course", id, null);
    return course;
  }

  private Course planned(long id) {
    Course course = em.find(Course.class, id);
    if (course == null) {
      throw new InvalidInputException("There is no course " + id);
    }
    access.requirePlan(schoolOf(course), "Course", id);
    return course;
  }

  /** Checks the draft and copies its fields; answers the competences its outcomes name. */
  private Map<String, Competence> apply(Course course, CourseDraft draft) {
    Map<String, Competence> competences = competences(draft.outcomes());
    var problems = OutcomeCheck.problems(draft.outcomes(), ladders(competences.values()));
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Some outcomes are not valid", problems);
    }
    course.setTitle(draft.title() == null ? null : draft.title().trim());
    course.setDescription(draft.description());
    course.setDelivery(draft.delivery());
    course.setProvider(draft.provider());
    course.setHours(draft.hours());
    course.setCostPerPlace(draft.costPerPlace() == null ? BigDecimal.ZERO : draft.costPerPlace());
    course.setValidityMonths(draft.validityMonths());
    course.setActive(!Boolean.FALSE.equals(draft.active()));
    validation.require(course);
    return competences;
  }

  private static void addOutcomes(
      Course course, CourseDraft draft, Map<String, Competence> competences) {
    for (OutcomeDraft outcome : draft.outcomes()) {
      course.addOutcome(competences.get(outcome.competenceCode()), outcome.level());
    }
  }

  private Map<String, Competence> competences(List<OutcomeDraft> outcomes) {
    List<String> codes =
        outcomes.stream().map(OutcomeDraft::competenceCode).filter(Objects::nonNull).toList();
    Map<String, Competence> byCode = new HashMap<>();
    if (!codes.isEmpty()) {
      em.createNamedQuery(Competence.FIND_BY_CODES, Competence.class)
          .setParameter("codes", codes)
          .getResultList()
          .forEach(c -> byCode.put(c.getCode(), c));
    }
    return byCode;
  }

  private Map<String, Ladder> ladders(Collection<Competence> competences) {
    Map<Long, List<FrameworkLevel>> levels = new HashMap<>();
    Map<String, Ladder> ladders = new HashMap<>();
    for (Competence c : competences) {
      var framework = c.getArea().getFramework();
      List<FrameworkLevel> ladder =
          levels.computeIfAbsent(
              framework.getId(),
              id ->
                  em.createNamedQuery(FrameworkLevel.FIND_BY_FRAMEWORK, FrameworkLevel.class)
                      .setParameter("frameworkId", id)
                      .getResultList());
      List<String> names = ladder.stream().map(FrameworkLevel::getName).toList();
      // a framework without a ladder has one level: held
      ladders.put(c.getCode(), new Ladder(framework.getName(), names.isEmpty() ? HELD : names));
    }
    return ladders;
  }

  private static Long schoolOf(Course course) {
    return course.getSchool() == null ? null : course.getSchool().getId();
  }
}
