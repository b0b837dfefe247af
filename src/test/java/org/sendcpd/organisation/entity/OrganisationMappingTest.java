package org.sendcpd.organisation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.platform.entity.AuditEvent;
import org.sendcpd.testing.JpaTestDatabase;

class OrganisationMappingTest {

  static JpaTestDatabase db;

  @BeforeAll
  static void migrate() {
    db = JpaTestDatabase.start();
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void staffAndAccountsRoundTrip() {
    Instant login = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    UserAccount saved =
        db.inTransaction(
            em -> {
              School school = new School("Oak Primary", "100001", SchoolPhase.PRIMARY);
              em.persist(school);
              StaffMember head =
                  new StaffMember(school, "Ada", "Head", "head@oak.example", JobRole.HEADTEACHER);
              em.persist(head);
              StaffMember ta = new StaffMember(school, "Ben", "Ta", "ben@oak.example", JobRole.TA);
              ta.setFte(new BigDecimal("0.60"));
              ta.setStartDate(LocalDate.of(2024, 9, 1));
              ta.setLineManager(head);
              ta.setTeam("Year 2");
              em.persist(ta);
              UserAccount account = new UserAccount("ben.ta", "hash", ta);
              account.setRoles(EnumSet.of(SecurityRole.STAFF, SecurityRole.SENCO));
              account.setLastLoginAt(login);
              em.persist(account);
              return account;
            });

    db.run(
        em -> {
          UserAccount account =
              em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                  .setParameter("username", "ben.ta")
                  .getSingleResult();
          assertEquals(saved.getId(), account.getId());
          assertEquals(EnumSet.of(SecurityRole.STAFF, SecurityRole.SENCO), account.getRoles());
          assertEquals(login, account.getLastLoginAt());
          assertNotNull(account.getCreatedAt());
          StaffMember ta = account.getStaffMember();
          assertEquals(0, new BigDecimal("0.60").compareTo(ta.getFte()));
          assertEquals("Head", ta.getLineManager().getLastName());
          assertEquals(
              1L,
              em.createNamedQuery(StaffMember.COUNT_REPORTS, Long.class)
                  .setParameter("managerId", ta.getLineManager().getId())
                  .getSingleResult());
          List<StaffMember> staff =
              em.createNamedQuery(StaffMember.FIND_BY_SCHOOL, StaffMember.class)
                  .setParameter("schoolId", ta.getSchool().getId())
                  .getResultList();
          assertEquals(2, staff.size());
          assertEquals(
              ta.getId(),
              em.createNamedQuery(StaffMember.FIND_BY_EMAIL, StaffMember.class)
                  .setParameter("email", "BEN@oak.example")
                  .getSingleResult()
                  .getId());
          assertEquals(
              ta.getId(),
              em.createNamedQuery(UserAccount.FIND_BY_STAFF, UserAccount.class)
                  .setParameter("staffId", ta.getId())
                  .getSingleResult()
                  .getStaffMember()
                  .getId());
          assertFalse(em.createNamedQuery(UserAccount.FIND_ALL).getResultList().isEmpty());
          assertTrue(em.createNamedQuery(UserAccount.COUNT_ALL, Long.class).getSingleResult() >= 1);
          assertEquals(
              "100001",
              em.createNamedQuery(School.FIND_BY_URN, School.class)
                  .setParameter("urn", "100001")
                  .getSingleResult()
                  .getUrn());
          assertFalse(em.createNamedQuery(School.FIND_ALL).getResultList().isEmpty());
        });
  }

  @Test
  void auditEventsRoundTrip() {
    db.run(em -> em.persist(new AuditEvent("admin", "LOGIN", "UserAccount", 1L, "ok")));
    db.run(
        em -> {
          List<AuditEvent> events =
              em.createNamedQuery(AuditEvent.FIND_BY_ACTION, AuditEvent.class)
                  .setParameter("action", "LOGIN")
                  .getResultList();
          assertEquals(1, events.size());
          assertNotNull(events.get(0).getOccurredAt());
          assertFalse(em.createNamedQuery(AuditEvent.FIND_RECENT).getResultList().isEmpty());
        });
  }
}
