package org.sendcpd.workforce.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One load of the workforce: which schools (or the whole trust, when schoolIds is null), the
 * reference date, and the projection queries to run. Each query is written once with {@code
 * SCOPE(path)} where the school condition goes: for one school it becomes {@code path = :school},
 * for a batch {@code path IN :schools}, so Derby and PostgreSQL use the school index; for the trust
 * it becomes {@code path IS NOT NULL}, true of every row (EclipseLink on Derby cannot compare the
 * literals of {@code 1 = 1}). An {@code :all OR ...} parameter would cost the per-school case its
 * index.
 */
public final class WorkforceQuery {

  private static final Pattern SCOPE = Pattern.compile("SCOPE\\(([a-z.]+)\\)");

  private final EntityManager em;
  private final List<Long> schoolIds;
  private final LocalDate date;

  WorkforceQuery(EntityManager em, List<Long> schoolIds, LocalDate date) {
    this.em = em;
    this.schoolIds = schoolIds == null ? null : List.copyOf(schoolIds);
    this.date = date;
  }

  /** The reference date of the analysis. */
  public LocalDate date() {
    return date;
  }

  /** A query's text for the schools: the trust (null), one school or several. */
  static String scoped(String jpql, List<Long> schoolIds) {
    String condition =
        schoolIds == null
            ? "$1 IS NOT NULL"
            : schoolIds.size() == 1 ? "$1 = :school" : "$1 IN :schools";
    return SCOPE.matcher(jpql).replaceAll(condition);
  }

  /** The rows of a query without {@code SCOPE}: the same for every school. */
  public Stream<Object[]> unscoped(String jpql, Map<String, ?> parameters) {
    var query = em.createQuery(jpql, Object[].class);
    parameters.forEach(query::setParameter);
    return query.getResultList().stream();
  }

  /** The rows of a query whose {@code SCOPE(path)} names the school column. */
  public Stream<Object[]> rows(String jpql, Map<String, ?> parameters) {
    var query = em.createQuery(scoped(jpql, schoolIds), Object[].class);
    if (schoolIds != null && schoolIds.size() == 1) {
      query.setParameter("school", schoolIds.get(0));
    } else if (schoolIds != null) {
      query.setParameter("schools", schoolIds);
    }
    parameters.forEach(query::setParameter);
    return query.getResultList().stream();
  }

  public Stream<Object[]> rows(String jpql) {
    return rows(jpql, Map.of());
  }

  public static long id(Object value) {
    return ((Number) value).longValue();
  }

  public static double number(Object value) {
    return value == null ? 0 : ((Number) value).doubleValue();
  }

  /** Enum columns arrive as enums; the engine speaks their names. */
  public static String name(Object value) {
    return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
  }
}
