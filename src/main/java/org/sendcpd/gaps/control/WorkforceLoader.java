package org.sendcpd.gaps.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.CourseOffer;
import org.sendcpd.analysis.CoverageRuleDef;
import org.sendcpd.analysis.CpdActivity;
import org.sendcpd.analysis.Evidence;
import org.sendcpd.analysis.ObjectiveTarget;
import org.sendcpd.analysis.Person;
import org.sendcpd.analysis.PupilNeed;
import org.sendcpd.analysis.RoleRequirement;
import org.sendcpd.analysis.SessionOffer;
import org.sendcpd.analysis.Workforce;

/**
 * Reads what the analysis needs about one school or the whole trust (every school in the database):
 * one projection query per table, never a query per person, and no entities built (only the columns
 * the engine reads). Each query is written once with {@code SCOPE(path)} where the school condition
 * goes: for a school it becomes {@code path = :school}, so Derby and PostgreSQL use the school
 * index as before; for the trust it becomes {@code path IS NOT NULL}, true of every row
 * (EclipseLink on Derby cannot compare the literals of {@code 1 = 1}), so nothing is filtered. (An
 * {@code :all OR ...} parameter would cost the per-school case its index.)
 */
@ApplicationScoped
public class WorkforceLoader {

  static final String PEOPLE =
      "SELECT s.id, s.school.id, s.firstName, s.lastName, s.jobRole, s.team, s.fte, s.startDate,"
          + " s.leftDate FROM StaffMember s WHERE SCOPE(s.school.id)";
  static final String COMPETENCES =
      "SELECT c.id, c.code, c.statement, f.id, f.name, a.code, a.name, a.areaOfNeed"
          + " FROM Competence c JOIN c.area a JOIN a.framework f"
          + " ORDER BY f.name, a.sortOrder, c.sortOrder";
  static final String LEVELS =
      "SELECT l.framework.id, l.rank, l.name FROM FrameworkLevel l ORDER BY l.framework.id, l.rank";
  static final String REQUIREMENTS =
      "SELECT r.jobRole, r.competence.id, r.levelRank FROM RoleRequirement r"
          + " WHERE r.framework.active = TRUE";
  static final String TARGETS =
      "SELECT o.id, a.staffMember.id, t.competence.id, t.levelRank FROM ObjectiveTarget t"
          + " JOIN t.objective o JOIN o.appraisal a JOIN a.cycle y WHERE SCOPE(y.school.id)"
          + " AND y.status = org.sendcpd.appraisal.entity.CycleStatus.OPEN"
          + " AND o.status = org.sendcpd.appraisal.entity.ObjectiveStatus.OPEN";
  static final String EVIDENCE =
      "SELECT r.id, s.id, o.competence.id, o.levelRank, r.verdict.status, r.completedOn,"
          + " r.expiresOn, r.courseId FROM CpdOutcome o JOIN o.record r JOIN r.staffMember s"
          + " WHERE SCOPE(s.school.id) AND r.verdict.status IN"
          + " (org.sendcpd.training.entity.RecordStatus.VERIFIED,"
          + " org.sendcpd.training.entity.RecordStatus.SELF_LOGGED)";
  static final String COURSES =
      "SELECT c.id, c.title, c.delivery, c.hours, c.costPerPlace, c.validityMonths FROM Course c"
          + " LEFT JOIN c.school s WHERE c.active = TRUE AND (s IS NULL OR SCOPE(s.id))";
  static final String OUTCOMES =
      "SELECT c.id, o.competence.id, o.levelRank FROM CourseOutcome o JOIN o.course c"
          + " LEFT JOIN c.school s WHERE c.active = TRUE AND (s IS NULL OR SCOPE(s.id))";
  static final String SESSIONS =
      "SELECT t.id, t.course.id, t.school.id, t.startsAt, t.capacity FROM TrainingSession t"
          + " WHERE SCOPE(t.school.id) AND t.startsAt >= :from AND t.status IN"
          + " (org.sendcpd.training.entity.SessionStatus.PLANNED,"
          + " org.sendcpd.training.entity.SessionStatus.CONFIRMED)";
  static final String BOOKINGS =
      "SELECT t.id, b.staffMember.id FROM Booking b JOIN b.session t"
          + " WHERE SCOPE(t.school.id) AND t.startsAt >= :from AND t.status IN"
          + " (org.sendcpd.training.entity.SessionStatus.PLANNED,"
          + " org.sendcpd.training.entity.SessionStatus.CONFIRMED) AND b.status IN"
          + " (org.sendcpd.training.entity.BookingStatus.BOOKED,"
          + " org.sendcpd.training.entity.BookingStatus.ATTENDED,"
          + " org.sendcpd.training.entity.BookingStatus.ABSENT)";
  static final String ACTIVITIES =
      "SELECT r.id, s.id, r.delivery, r.hours, r.cost, r.completedOn FROM CpdRecord r"
          + " JOIN r.staffMember s WHERE SCOPE(s.school.id)"
          + " AND r.verdict.status = org.sendcpd.training.entity.RecordStatus.VERIFIED";
  static final String NEEDS =
      "SELECT p.school.id, p.yearGroup, n.areaOfNeed, n.pupils, n.ehcPlans FROM NeedCount n"
          + " JOIN n.profile p WHERE SCOPE(p.school.id)";
  static final String RULES =
      "SELECT r.id, r.school.id, r.name, r.competence.id, r.levelRank, r.minHolders, r.scope,"
          + " r.validFrom, r.validTo FROM CoverageRule r WHERE SCOPE(r.school.id)"
          + " AND r.active = TRUE";

  @PersistenceContext EntityManager em;

  private static final Pattern SCOPE = Pattern.compile("SCOPE\\(([a-z.]+)\\)");

  /** Everything about one school, with the sessions that start on or after the date. */
  public Workforce load(long schoolId, LocalDate date) {
    return load(Scope.school(schoolId), date);
  }

  /** Everything about every school of the trust, with the sessions from the date. */
  public Workforce loadTrust(LocalDate date) {
    return load(Scope.TRUST, date);
  }

  /** A query's text for one school ({@code path = :school}) or the trust (any school). */
  static String scoped(String jpql, boolean trust) {
    return SCOPE.matcher(jpql).replaceAll(trust ? "$1 IS NOT NULL" : "$1 = :school");
  }

  /** Which school's rows a query reads, or every school's when schoolId is null. */
  private record Scope(Long schoolId) {
    static final Scope TRUST = new Scope(null);

    static Scope school(long schoolId) {
      return new Scope(schoolId);
    }

    String jpql(String template) {
      return scoped(template, schoolId == null);
    }
  }

  private Workforce load(Scope scope, LocalDate date) {
    return new Workforce(
        people(scope),
        competences(),
        rows(REQUIREMENTS, null)
            .map(r -> new RoleRequirement(name(r[0]), id(r[1]), (int) r[2]))
            .toList(),
        rows(TARGETS, scope)
            .map(r -> new ObjectiveTarget(id(r[0]), id(r[1]), id(r[2]), (int) r[3]))
            .toList(),
        evidence(scope),
        courses(scope),
        sessions(scope, date.atStartOfDay()),
        rows(ACTIVITIES, scope)
            .map(
                r ->
                    new CpdActivity(
                        id(r[0]),
                        id(r[1]),
                        name(r[2]),
                        number(r[3]),
                        number(r[4]),
                        (LocalDate) r[5]))
            .toList(),
        rows(NEEDS, scope)
            .map(r -> new PupilNeed(id(r[0]), (String) r[1], name(r[2]), (int) r[3], (int) r[4]))
            .toList(),
        rows(RULES, scope)
            .map(
                r ->
                    new CoverageRuleDef(
                        id(r[0]),
                        id(r[1]),
                        (String) r[2],
                        id(r[3]),
                        (int) r[4],
                        (int) r[5],
                        (String) r[6],
                        (LocalDate) r[7],
                        (LocalDate) r[8]))
            .toList());
  }

  private List<Person> people(Scope scope) {
    return rows(PEOPLE, scope)
        .map(
            r ->
                new Person(
                    id(r[0]),
                    id(r[1]),
                    r[2] + " " + r[3],
                    name(r[4]),
                    (String) r[5],
                    number(r[6]),
                    (LocalDate) r[7],
                    (LocalDate) r[8]))
        .toList();
  }

  /** Every competence of the frameworks with its ladder, in the frameworks' order. */
  List<CompetenceRef> competences() {
    Map<Long, List<String>> levels = new HashMap<>();
    rows(LEVELS, null)
        .forEach(r -> levels.computeIfAbsent(id(r[0]), f -> new ArrayList<>()).add((String) r[2]));
    return rows(COMPETENCES, null)
        .map(
            r ->
                new CompetenceRef(
                    id(r[0]),
                    (String) r[1],
                    (String) r[2],
                    id(r[3]),
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    r[7] == null ? null : name(r[7]),
                    List.copyOf(levels.getOrDefault(id(r[3]), List.of()))))
        .toList();
  }

  private List<Evidence> evidence(Scope scope) {
    return rows(EVIDENCE, scope)
        .map(
            r ->
                new Evidence(
                    id(r[0]),
                    id(r[1]),
                    id(r[2]),
                    (int) r[3],
                    name(r[4]).equals("VERIFIED")
                        ? Evidence.Status.VERIFIED
                        : Evidence.Status.PENDING,
                    (LocalDate) r[5],
                    (LocalDate) r[6],
                    r[7] == null ? null : id(r[7])))
        .toList();
  }

  private List<CourseOffer> courses(Scope scope) {
    Map<Long, List<CourseOffer.Outcome>> outcomes = new HashMap<>();
    rows(OUTCOMES, scope)
        .forEach(
            r ->
                outcomes
                    .computeIfAbsent(id(r[0]), c -> new ArrayList<>())
                    .add(new CourseOffer.Outcome(id(r[1]), (int) r[2])));
    return rows(COURSES, scope)
        .map(
            r ->
                new CourseOffer(
                    id(r[0]),
                    (String) r[1],
                    name(r[2]),
                    number(r[3]),
                    number(r[4]),
                    (Integer) r[5],
                    List.copyOf(outcomes.getOrDefault(id(r[0]), List.of()))))
        .toList();
  }

  private List<SessionOffer> sessions(Scope scope, LocalDateTime from) {
    Map<Long, Set<Long>> booked = new HashMap<>();
    rows(BOOKINGS, scope, from)
        .forEach(r -> booked.computeIfAbsent(id(r[0]), s -> new HashSet<>()).add(id(r[1])));
    return rows(SESSIONS, scope, from)
        .map(
            r -> {
              Set<Long> people = booked.getOrDefault(id(r[0]), Set.of());
              return new SessionOffer(
                  id(r[0]),
                  id(r[1]),
                  id(r[2]),
                  (LocalDateTime) r[3],
                  (int) r[4],
                  people.size(),
                  Set.copyOf(people));
            })
        .toList();
  }

  private Stream<Object[]> rows(String jpql, Scope scope) {
    return rows(jpql, scope, null);
  }

  /** Rows of a query without a scope (scope null), or of one school or the trust. */
  private Stream<Object[]> rows(String jpql, Scope scope, LocalDateTime from) {
    var query = em.createQuery(scope == null ? jpql : scope.jpql(jpql), Object[].class);
    if (scope != null && scope.schoolId() != null) {
      query.setParameter("school", scope.schoolId());
    }
    if (from != null) {
      query.setParameter("from", from);
    }
    return query.getResultList().stream();
  }

  private static long id(Object value) {
    return ((Number) value).longValue();
  }

  private static double number(Object value) {
    return value == null ? 0 : ((Number) value).doubleValue();
  }

  /** Enum columns arrive as enums; the engine speaks their names. */
  private static String name(Object value) {
    return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
  }
}
