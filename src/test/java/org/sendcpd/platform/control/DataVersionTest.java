package org.sendcpd.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.SchoolPhase;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.entity.AuditEvent;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.DeliveryType;

/** Which commits move the data version: writes of every kind do, reads do not. */
class DataVersionTest {

  static JpaTestDatabase db;

  @BeforeAll
  static void start() {
    db = JpaTestDatabase.start();
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  long commit(Consumer<EntityManager> work) {
    EntityManager em = db.emf().createEntityManager();
    try {
      long before = DataVersion.current();
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
      return DataVersion.current() - before;
    } finally {
      em.close();
    }
  }

  @Test
  void aPersistAnUpdateABulkUpdateAndARemoveEachMoveTheVersion() {
    School school = new School("Version Primary", "123999", SchoolPhase.PRIMARY);
    assertTrue(commit(em -> em.persist(school)) > 0, "persist");
    assertTrue(
        commit(em -> em.find(School.class, school.getId()).setName("Version Primary School")) > 0,
        "update");
    assertTrue(
        commit(
                em ->
                    em.createQuery("UPDATE School s SET s.name = 'Renamed' WHERE s.id = :id")
                        .setParameter("id", school.getId())
                        .executeUpdate())
            > 0,
        "bulk update");
    assertTrue(commit(em -> em.remove(em.find(School.class, school.getId()))) > 0, "remove");
  }

  @Test
  void anAuditEventAloneLeavesItAloneButNotBesideAWrite() {
    assertEquals(
        0,
        commit(
            em ->
                em.persist(
                    new AuditEvent("eleanor.shah", "REPORT_DOWNLOADED", "School", 1L, "x.pdf"))),
        "a download's audit");
    assertTrue(
        commit(
                em -> {
                  em.persist(new School("Audited Primary", "123997", SchoolPhase.PRIMARY));
                  em.persist(new AuditEvent("admin", "SCHOOL_CREATED", "School", 1L, null));
                })
            > 0,
        "a write with its audit");
  }

  @Test
  void aTransactionThatOnlyReadsLeavesItAlone() {
    School school = new School("Read Primary", "123998", SchoolPhase.PRIMARY);
    commit(em -> em.persist(school));
    assertEquals(
        0,
        commit(
            em -> {
              em.find(School.class, school.getId()).getName();
              em.createQuery("SELECT s FROM School s", School.class).getResultList();
            }));
  }

  /** How far a commit moved each school's version. */
  long[] movedFor(Consumer<EntityManager> work, School... schools) {
    long[] before = Arrays.stream(schools).mapToLong(s -> DataVersion.of(s.getId())).toArray();
    commit(work);
    long[] moved = new long[schools.length];
    for (int i = 0; i < schools.length; i++) {
      moved[i] = DataVersion.of(schools[i].getId()) - before[i];
    }
    return moved;
  }

  @Test
  void aSchoolsOwnRowsMoveOnlyItsVersionAndTheTrustsMoveEverySchools() {
    School north = new School("North Primary", "123981", SchoolPhase.PRIMARY);
    School south = new School("South Primary", "123982", SchoolPhase.PRIMARY);
    StaffMember ann = new StaffMember(north, "Ann", "North", "ann@north.test", JobRole.TA);
    commit(
        em -> {
          em.persist(north);
          em.persist(south);
          em.persist(ann);
        });

    long[] edit =
        movedFor(em -> em.find(StaffMember.class, ann.getId()).setTeam("KS1"), north, south);
    assertTrue(edit[0] > 0, "a person's school");
    assertEquals(0, edit[1], "another school");

    long[] ownCourse =
        movedFor(
            em ->
                em.persist(
                    new Course(
                        em.find(School.class, south.getId()),
                        "Attention autism",
                        DeliveryType.IN_HOUSE,
                        BigDecimal.ONE)),
            north,
            south);
    assertEquals(0, ownCourse[0], "another school's course");
    assertTrue(ownCourse[1] > 0, "the school's own course");

    long[] trustCourse =
        movedFor(
            em -> em.persist(new Course(null, "Makaton", DeliveryType.IN_HOUSE, BigDecimal.ONE)),
            north,
            south);
    assertTrue(trustCourse[0] > 0 && trustCourse[1] > 0, "a trust course is every school's");

    long[] signIn =
        movedFor(
            em -> em.persist(new AuditEvent("ann", "SIGNED_IN", "StaffMember", ann.getId(), null)),
            north,
            south);
    assertArrayEquals(new long[] {0, 0}, signIn, "an audit row is nobody's data");
  }
}
