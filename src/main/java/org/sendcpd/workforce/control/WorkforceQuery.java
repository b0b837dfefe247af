package org.sendcpd.workforce.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One load of the workforce: which school (or the whole trust, when schoolId is null), the
 * reference date, and the projection queries to run. Each query is written once with {@code
 * SCOPE(path)} where the school condition goes: for a school it becomes {@code path = :school}, so
 * Derby and PostgreSQL use the school index; for the trust it becomes {@code path IS NOT NULL},
 * true of every row (EclipseLink on Derby cannot compare the literals of {@code 1 = 1}). An {@code
 * :all OR ...} parameter would cost the per-school case its index.
 */
public final class WorkforceQuery {

  private static final Pattern SCOPE = Pattern.compile("SCOPE\\(([a-z.]+)\\)");

  private final EntityManager em;
  private final Long schoolId;
  private final LocalDate date;

  WorkforceQuery(EntityManager em, Long schoolId, LocalDate date) {
    this.em = em;
    this.schoolId = schoolId;
    this.date = date;
  }

  /** The reference date of the analysis. */
  public LocalDate date() {
    return date;
  }

  /** A query's text for one school ({@code path = :school}) or the trust (any school). */
  static String scoped(String jpql, boolean trust) {
    return SCOPE.matcher(jpql).replaceAll(trust ? "$1 IS NOT NULL" : "$1 = :school");
  }

  /** The rows of a query without {@code SCOPE}: the same for every school. */
  public Stream<Object[]> unscoped(String jpql, Map<String, ?> parameters) {
    var query = em.createQuery(jpql, Object[].class);
    parameters.forEach(query::setParameter);
    return query.getResultList().stream();
  }

  /** The rows of a query whose {@code SCOPE(path)} names the school column. */
  public Stream<Object[]> rows(String jpql, Map<String, ?> parameters) {
    var query = em.createQuery(scoped(jpql, schoolId == null), Object[].class);
    if (schoolId != null) {
      query.setParameter("school", schoolId);
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
