package org.sendcpd.appraisal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.framework.entity.AreaOfNeed;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.testing.Fixtures;
import org.sendcpd.testing.JpaTestDatabase;

class AppraisalMappingTest {

  static JpaTestDatabase db;

  @BeforeAll
  static void migrate() {
    db = JpaTestDatabase.start();
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  record Year(School school, StaffMember head, StaffMember ta, Appraisal appraisal) {}

  Year year() {
    return db.inTransaction(
        em -> {
          School school = Fixtures.school(em);
          StaffMember head = Fixtures.staff(em, school, "Head", JobRole.HEADTEACHER);
          StaffMember ta = Fixtures.staff(em, school, "Assistant", JobRole.TA);
          Competence visuals = Fixtures.competence(em);
          Competence language = Fixtures.competence(em);

          SchoolPriority priority =
              new SchoolPriority(school, "2026/27", "Every class adult uses visual timetables");
          priority.setAreaOfNeed(AreaOfNeed.COMMUNICATION_AND_INTERACTION);
          priority.setSuccessMeasure("Seen in 9 of 10 learning walks");
          priority.setOwner(head);
          priority.setTimescale("by February half-term");
          em.persist(priority);
          em.persist(new SchoolPriority(school, "2025/26", "Last year's priority"));

          AppraisalCycle closed =
              new AppraisalCycle(
                  school, "2025/26", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31));
          closed.close();
          em.persist(closed);
          Appraisal lastYear = new Appraisal(closed, ta, head);
          em.persist(lastYear);
          Objective old = new Objective(lastYear, "Last year's open objective");
          old.addTarget(language, 3);
          em.persist(old);

          AppraisalCycle cycle =
              new AppraisalCycle(
                  school, "2026/27", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));
          cycle.setMidYearReviewOn(LocalDate.of(2027, 2, 1));
          em.persist(cycle);
          Appraisal appraisal = new Appraisal(cycle, ta, head);
          em.persist(appraisal);
          Objective open = new Objective(appraisal, "Use visual timetables in every lesson");
          open.setPriority(priority);
          open.setSuccessCriteria("Observed by the SENCO twice");
          open.addTarget(visuals, 2);
          open.addTarget(language, 1);
          open.addReview(
              ReviewPoint.START,
              "Agreed; booked onto the INSET",
              LocalDate.of(2026, 9, 20),
              "head");
          open.addReview(ReviewPoint.MID_YEAR, "On track", LocalDate.of(2027, 2, 3), "head");
          em.persist(open);
          Objective met = new Objective(appraisal, "Already met");
          met.addTarget(language, 2);
          met.setStatus(ObjectiveStatus.MET);
          em.persist(met);
          return new Year(school, head, ta, appraisal);
        });
  }

  @Test
  void appraisalsAreFoundByStaffAppraiserAndCycle() {
    Year y = year();
    db.run(
        em -> {
          List<Appraisal> mine =
              em.createNamedQuery(Appraisal.FIND_BY_STAFF, Appraisal.class)
                  .setParameter("staffId", y.ta().getId())
                  .getResultList();
          assertEquals(
              List.of("2026/27", "2025/26"),
              mine.stream().map(a -> a.getCycle().getAcademicYear()).toList());
          assertEquals(
              2,
              em.createNamedQuery(Appraisal.FIND_BY_APPRAISER, Appraisal.class)
                  .setParameter("appraiserId", y.head().getId())
                  .getResultList()
                  .size());
          Appraisal appraisal = mine.get(0);
          assertEquals("Head", appraisal.getAppraiser().getLastName());
          assertEquals(
              List.of(appraisal.getId()),
              em
                  .createNamedQuery(Appraisal.FIND_BY_CYCLE, Appraisal.class)
                  .setParameter("cycleId", appraisal.getCycle().getId())
                  .getResultList()
                  .stream()
                  .map(Appraisal::getId)
                  .toList());
          AppraisalCycle open =
              em.createNamedQuery(AppraisalCycle.FIND_OPEN_BY_SCHOOL, AppraisalCycle.class)
                  .setParameter("schoolId", y.school().getId())
                  .getSingleResult();
          assertEquals(LocalDate.of(2027, 2, 1), open.getMidYearReviewOn());
          assertTrue(open.isOpen());
          assertEquals(
              2,
              em.createNamedQuery(AppraisalCycle.FIND_BY_SCHOOL, AppraisalCycle.class)
                  .setParameter("schoolId", y.school().getId())
                  .getResultList()
                  .size());
        });
  }

  @Test
  void objectivesKeepTargetsReviewsAndTheirPriority() {
    Year y = year();
    db.run(
        em -> {
          List<Objective> objectives =
              em.createNamedQuery(Objective.FIND_BY_APPRAISAL, Objective.class)
                  .setParameter("appraisalId", y.appraisal().getId())
                  .getResultList();
          assertEquals(2, objectives.size());
          Objective open = objectives.stream().filter(Objective::isOpen).findFirst().orElseThrow();
          assertEquals("Observed by the SENCO twice", open.getSuccessCriteria());
          assertEquals(2, open.getTargets().size());
          assertEquals(
              List.of(ReviewPoint.START, ReviewPoint.MID_YEAR),
              open.getReviews().stream().map(ObjectiveReview::getReviewPoint).toList());
          SchoolPriority priority = open.getPriority();
          assertEquals(AreaOfNeed.COMMUNICATION_AND_INTERACTION, priority.getAreaOfNeed());
          assertEquals("Head", priority.getOwner().getLastName());
          assertEquals(PriorityStatus.PLANNED, priority.getStatus());
          List<SchoolPriority> priorities =
              em.createNamedQuery(SchoolPriority.FIND_BY_SCHOOL_AND_YEAR, SchoolPriority.class)
                  .setParameter("schoolId", y.school().getId())
                  .setParameter("academicYear", "2026/27")
                  .getResultList();
          assertEquals(
              List.of(priority.getId()), priorities.stream().map(SchoolPriority::getId).toList());
        });
  }

  @Test
  void onlyOpenObjectivesOfTheOpenCycleRaiseRequirements() {
    Year y = year();
    db.run(
        em -> {
          List<Objective> open =
              em.createNamedQuery(Objective.FIND_OPEN_BY_SCHOOL, Objective.class)
                  .setParameter("schoolId", y.school().getId())
                  .getResultList();
          assertEquals(
              List.of("Use visual timetables in every lesson"),
              open.stream().map(Objective::getText).toList());
          assertEquals(2, open.get(0).getTargets().size());
          List<ObjectiveTarget> targets =
              em.createNamedQuery(ObjectiveTarget.FIND_OPEN_BY_SCHOOL, ObjectiveTarget.class)
                  .setParameter("schoolId", y.school().getId())
                  .getResultList();
          assertEquals(2, targets.size());
          assertTrue(
              targets.stream()
                  .allMatch(
                      t ->
                          t.getObjective()
                              .getAppraisal()
                              .getStaffMember()
                              .getId()
                              .equals(y.ta().getId())));
        });
  }

  @Test
  void onePersonHasOneAppraisalPerCycle() {
    Year y = year();
    assertThrows(
        PersistenceException.class,
        () ->
            db.run(
                em -> {
                  Appraisal first = em.find(Appraisal.class, y.appraisal().getId());
                  em.persist(
                      new Appraisal(
                          first.getCycle(), first.getStaffMember(), first.getAppraiser()));
                }));
  }

  @Test
  void academicYearsMustLookLike2026Slash27() {
    assertThrows(
        ConstraintViolationException.class,
        () -> db.run(em -> em.persist(new SchoolPriority(Fixtures.school(em), "2026-27", "Bad"))));
    assertThrows(
        ConstraintViolationException.class,
        () ->
            db.run(
                em -> {
                  AppraisalCycle cycle =
                      new AppraisalCycle(
                          Fixtures.school(em),
                          "2026/27",
                          LocalDate.of(2026, 9, 1),
                          LocalDate.of(2027, 8, 31));
                  cycle.setMidYearReviewOn(LocalDate.of(2027, 9, 1));
                  em.persist(cycle);
                }));
  }
}
