package org.sendcpd.calendar.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.testing.Fixtures;
import org.sendcpd.testing.JpaTestDatabase;

class CalendarMappingTest {

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
  void aYearKeepsItsTermsInOrderAndItsInsetDaysByDate() {
    long schoolId =
        db.inTransaction(
            em -> {
              School school = Fixtures.school(em);
              SchoolYear year = new SchoolYear(school, 2026);
              year.addTerm("Autumn", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18))
                  .setHalfTerm(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30));
              year.addTerm("Spring", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 3, 26));
              year.addInsetDay(LocalDate.of(2027, 1, 4), "Spring INSET");
              year.addInsetDay(LocalDate.of(2026, 9, 1), null);
              em.persist(year);
              em.flush();
              return school.getId();
            });
    List<String> read =
        db.inTransaction(
            em -> {
              SchoolYear year =
                  em.createNamedQuery(SchoolYear.FIND_BY_SCHOOL, SchoolYear.class)
                      .setParameter("schoolId", schoolId)
                      .getSingleResult();
              return List.of(
                  year.getLabel(),
                  year.getTerms().get(0).getName() + " " + year.getTerms().get(0).hasHalfTerm(),
                  year.getTerms().get(1).getName() + " " + year.getTerms().get(1).hasHalfTerm(),
                  year.getInsetDays().get(0).getDate().toString());
            });
    assertEquals(List.of("2026/27", "Autumn true", "Spring false", "2026-09-01"), read);
  }

  @Test
  void aSchoolHasEachYearOnceAndEachInsetDayOnce() {
    assertThrows(
        PersistenceException.class,
        () ->
            db.run(
                em -> {
                  School school = Fixtures.school(em);
                  em.persist(new SchoolYear(school, 2026));
                  em.persist(new SchoolYear(school, 2026));
                }));
    assertThrows(
        PersistenceException.class,
        () ->
            db.run(
                em -> {
                  SchoolYear year = new SchoolYear(Fixtures.school(em), 2026);
                  year.addInsetDay(LocalDate.of(2026, 9, 1), null);
                  year.addInsetDay(LocalDate.of(2026, 9, 1), null);
                  em.persist(year);
                }));
  }
}
