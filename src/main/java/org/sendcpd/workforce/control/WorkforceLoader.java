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
import java.util.List;
import java.util.Map;
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
    return load(schoolId, date, frameworks());
  }

  /** Everything about one school, with the frameworks already read for this pass. */
  public Workforce load(long schoolId, LocalDate date, Frameworks frameworks) {
    return load(new WorkforceQuery(em, schoolId, date), frameworks);
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
    return load(new WorkforceQuery(em, null, date), frameworks());
  }

  /** Every school's id, in order. */
  public List<Long> schoolIds() {
    return em.createQuery("SELECT s.id FROM School s ORDER BY s.id", Long.class).getResultList();
  }

  /** Every competence of the frameworks with its ladder, in the frameworks' order. */
  public List<CompetenceRef> competences() {
    return competences(new WorkforceQuery(em, null, null));
  }

  private Workforce load(WorkforceQuery query, Frameworks frameworks) {
    WorkforceParts parts = new WorkforceParts();
    parts.people = people(query);
    parts.competences = frameworks.competences();
    parts.requirements = frameworks.requirements();
    sources.forEach(source -> source.load(query, parts));
    return parts.workforce();
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

  private static List<Person> people(WorkforceQuery query) {
    return query
        .rows(PEOPLE)
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
