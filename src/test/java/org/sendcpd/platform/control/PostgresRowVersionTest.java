package org.sendcpd.platform.control;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.testing.Fixtures;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.TrainingSession;

/**
 * {@link RowVersionTest} on PostgreSQL, the trust set-up's database, plus the lock every booking
 * takes: a session row one transaction holds cannot be locked by another, and the refusal is
 * recognised as a lock conflict. Runs only when {@code CPD_TEST_PG_URL} is set (see .ci/run).
 */
class PostgresRowVersionTest extends RowVersionTest {

  @Override
  JpaTestDatabase open() {
    String url = System.getenv("CPD_TEST_PG_URL");
    assumeTrue(url != null && !url.isBlank(), "CPD_TEST_PG_URL is not set");
    return JpaTestDatabase.postgres(
        url, System.getenv("CPD_TEST_PG_USER"), System.getenv("CPD_TEST_PG_PASSWORD"));
  }

  @Test
  void aLockedSessionCannotBeLockedByASecondTransaction() {
    TrainingSession created =
        db.inTransaction(
            em -> {
              School school = Fixtures.school(em);
              Course course =
                  new Course(school, "Locks", DeliveryType.IN_HOUSE, new BigDecimal("1.5"));
              em.persist(course);
              LocalDateTime start = LocalDateTime.of(2027, 1, 12, 15, 45);
              TrainingSession session =
                  new TrainingSession(course, school, start, start.plusMinutes(90), "Hall", 2);
              em.persist(session);
              return session;
            });
    EntityManager first = db.emf().createEntityManager();
    EntityManager second = db.emf().createEntityManager();
    try {
      first.getTransaction().begin();
      TrainingSession held = first.find(TrainingSession.class, created.getId());
      first.refresh(held, LockModeType.PESSIMISTIC_WRITE); // as SessionPlaces.lock does
      second.getTransaction().begin();
      PersistenceException refused =
          assertThrows(
              PersistenceException.class,
              () ->
                  second.find(
                      TrainingSession.class,
                      created.getId(),
                      LockModeType.PESSIMISTIC_WRITE,
                      Map.of("jakarta.persistence.lock.timeout", 0)));
      assertTrue(DatabaseConflicts.isLockConflict(refused), refused.toString());
    } finally {
      for (EntityManager em : new EntityManager[] {second, first}) {
        if (em.getTransaction().isActive()) {
          em.getTransaction().rollback();
        }
        em.close();
      }
    }
  }
}
