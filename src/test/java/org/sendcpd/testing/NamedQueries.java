package org.sendcpd.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Parameter;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every named query of the persistence unit once with harmless parameter values, so a query
 * that does not parse, names a missing attribute or is refused by the database fails a test.
 * Parameters are typed by their name: {@code id} is -1 and {@code ...Id} is 1, {@code from} and
 * {@code to} are LocalDateTimes, {@code today} and {@code leftBy} LocalDates, {@code before} and
 * {@code now} Instants, {@code codes} is a list, anything else is a String. A bulk UPDATE runs too,
 * with values that match no row.
 */
public final class NamedQueries {

  private NamedQueries() {}

  /** Runs them all and answers their names. */
  public static List<String> runAll(EntityManager em) {
    List<String> names = new ArrayList<>();
    for (var entity : em.getMetamodel().getEntities()) {
      for (NamedQuery named : entity.getJavaType().getAnnotationsByType(NamedQuery.class)) {
        Query query = em.createNamedQuery(named.name());
        for (Parameter<?> parameter : query.getParameters()) {
          query.setParameter(parameter.getName(), valueFor(parameter));
        }
        if (named.query().strip().regionMatches(true, 0, "SELECT", 0, 6)) {
          query.getResultList();
        } else {
          query.executeUpdate(); // a bulk UPDATE: the harmless values match no row
        }
        names.add(named.name());
      }
    }
    return names;
  }

  /** An enum parameter gets its first constant and a number 1, whatever its name. */
  private static Object valueFor(Parameter<?> parameter) {
    Class<?> type = parameter.getParameterType();
    if (type != null && type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == Integer.class || type == int.class) {
      return 1;
    }
    return valueFor(parameter.getName());
  }

  private static Object valueFor(String name) {
    if (name.equals("id")) {
      return -1L; // no row has it, so a bulk UPDATE changes nothing
    }
    if (name.endsWith("Id")) {
      return 1L;
    }
    return switch (name) {
      case "from", "to" -> LocalDateTime.of(2026, 9, 1, 0, 0);
      case "codes" -> List.of("CI-01");
      case "today", "leftBy" -> LocalDate.of(2026, 9, 1);
      case "before", "now" -> Instant.parse("2026-09-01T00:00:00Z");
      default -> "x";
    };
  }
}
