package org.sendcpd.workforce.control;

import static org.sendcpd.workforce.control.WorkforceQuery.id;
import static org.sendcpd.workforce.control.WorkforceQuery.name;
import static org.sendcpd.workforce.control.WorkforceQuery.number;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.sessions.Session;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.Person;
import org.sendcpd.analysis.RoleRequirement;
import org.sendcpd.analysis.Workforce;

/**
 * Reads what the analysis needs about one school or the whole trust (every school in the database):
 * one projection query per table, never a query per person, and no entities built (only the columns
 * the engine reads). People come by surname, first name and id, the order the gap matrix pages in.
 * People and the frameworks are read here; training, appraisal and demand add their tables through
 * their {@link WorkforceSource}.
 */
@ApplicationScoped
public class WorkforceLoader {

  static final String PEOPLE =
      "SELECT s.id, s.school.id, s.firstName, s.lastName, s.jobRole, s.team, s.fte, s.startDate,"
          + " s.leftDate FROM StaffMember s WHERE SCOPE(s.school.id)"
          + " ORDER BY s.lastName, s.firstName, s.id";
  static final String COMPETENCES =
      "SELECT c.id, c.code, c.statement, f.id, f.name, a.code, a.name, a.areaOfNeed"
          + " FROM Competence c JOIN c.area a JOIN a.framework f"
          + " ORDER BY f.name, a.sortOrder, c.sortOrder";
  static final String LEVELS =
      "SELECT l.framework.id, l.rank, l.name FROM FrameworkLevel l ORDER BY l.framework.id, l.rank";
  // A school's own framework's requirements come with its school; those of other schools than the
  // one asked about are simply never matched to anyone.
  static final String REQUIREMENTS =
      "SELECT r.jobRole, r.competenceLevel.competence.id, r.competenceLevel.rank, s.id"
          + " FROM RoleRequirement r JOIN r.framework f LEFT JOIN f.school s"
          + " WHERE f.active = TRUE";

  @PersistenceContext EntityManager em;
  Iterable<WorkforceSource> sources = List.of();

  @Inject
  void register(@Any Instance<WorkforceSource> found) {
    this.sources = found;
  }

  /** A loader outside the container (tests, the benchmark) over the given sources. */
  public static WorkforceLoader of(EntityManager em, List<WorkforceSource> sources) {
    WorkforceLoader loader = new WorkforceLoader();
    loader.em = em;
    loader.sources = sources;
    return loader;
  }

  /**
   * What every school's analysis reads alike: the frameworks' competences with their ladders and
   * what each role must hold. A pass over the trust's schools reads it once for all of them rather
   * than three queries per school, and its parts then share the one list of competences.
   */
  public record Frameworks(List<CompetenceRef> competences, List<RoleRequirement> requirements) {}

  /** Everything about one school, with the sessions that start on or after the date. */
  public Workforce load(long schoolId, LocalDate date) {
    return load(List.of(schoolId), date, frameworks()).get(schoolId);
  }

  /**
   * Everything about each of the schools, read together (a query per table for all of them) and
   * split exactly by school: each school's workforce is what reading it alone gives.
   */
  public Map<Long, Workforce> load(List<Long> schoolIds, LocalDate date, Frameworks frameworks) {
    WorkforceBatch batch = WorkforceBatch.of(schoolIds);
    load(new WorkforceQuery(em, schoolIds, date), batch);
    Map<Long, Workforce> bySchool = new LinkedHashMap<>();
    batch
        .bySchool()
        .forEach(
            (schoolId, parts) ->
                bySchool.put(
                    schoolId,
                    parts.workforce(frameworks.competences(), frameworks.requirements())));
    return bySchool;
  }

  /** The frameworks as they are now. */
  public Frameworks frameworks() {
    WorkforceQuery query = new WorkforceQuery(em, null, null);
    return new Frameworks(competences(query), requirements(query));
  }

  /**
   * Everything about every school of the trust at once, with the sessions from the date: what the
   * trust put together school by school ({@link TrustParts}) must equal, and what the engine's cost
   * is measured on. The application itself never holds the trust's rows.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public Workforce loadTrust(LocalDate date) {
    WorkforceBatch batch = WorkforceBatch.whole();
    load(new WorkforceQuery(em, null, date), batch);
    Frameworks frameworks = frameworks();
    return batch.wholePart().workforce(frameworks.competences(), frameworks.requirements());
  }

  /**
   * How many schools a pass over the trust reads together. Across the network every query has a
   * cost of its own (a round trip, a plan), so PostgreSQL reads twenty schools in a query per
   * table: at 850 schools that halved the loading. Embedded Derby has no round trip, and its plans
   * for a list of schools cost more than its index probes for one (90 schools: 3.2 s against 2.5
   * s), so Derby reads a school at a time.
   */
  public int schoolsReadTogether() {
    return em.unwrap(Session.class).getDatasourcePlatform().isDerby() ? 1 : 20;
  }

  /** Every school's id, in order. */
  public List<Long> schoolIds() {
    return em.createQuery("SELECT s.id FROM School s ORDER BY s.id", Long.class).getResultList();
  }

  /** Every competence of the frameworks with its ladder, in the frameworks' order. */
  public List<CompetenceRef> competences() {
    return competences(new WorkforceQuery(em, null, null));
  }

  private void load(WorkforceQuery query, WorkforceBatch batch) {
    people(query, batch);
    sources.forEach(source -> source.load(query, batch));
  }

  private static List<RoleRequirement> requirements(WorkforceQuery query) {
    return query
        .unscoped(REQUIREMENTS, Map.of())
        .map(
            r ->
                new RoleRequirement(
                    name(r[0]), id(r[1]), (int) r[2], r[3] == null ? null : id(r[3])))
        .toList();
  }

  private static void people(WorkforceQuery query, WorkforceBatch batch) {
    query
        .rows(PEOPLE)
        .forEach(
            r -> {
              Person person =
                  new Person(
                      id(r[0]),
                      id(r[1]),
                      r[2] + " " + r[3],
                      name(r[4]),
                      (String) r[5],
                      number(r[6]),
                      (LocalDate) r[7],
                      (LocalDate) r[8]);
              batch.of(person.schoolId()).add(person);
            });
  }

  private static List<CompetenceRef> competences(WorkforceQuery query) {
    Map<Long, List<String>> levels = new HashMap<>();
    query
        .unscoped(LEVELS, Map.of())
        .forEach(r -> levels.computeIfAbsent(id(r[0]), f -> new ArrayList<>()).add((String) r[2]));
    return query
        .unscoped(COMPETENCES, Map.of())
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
}
