package org.sendcpd.demo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.sendcpd.organisation.entity.School;

/** What the demo load put in the database, counted there, for the log and the tests. */
public record DemoCounts(
    long staff,
    long accounts,
    long competences,
    long courses,
    long sessions,
    long bookings,
    long records,
    long priorities,
    long objectives,
    long needProfiles,
    long coverageRules) {

  static DemoCounts of(EntityManager em, School school) {
    Counter count = new Counter(em, school);
    return new DemoCounts(
        count.of("StaffMember x WHERE x.school = :school"),
        count.of(
            "UserAccount x LEFT JOIN x.staffMember s WHERE s.school = :school"
                + " OR x.username = '"
                + DemoStaff.TRUST_LEAD
                + "'"),
        count.of("Competence x"),
        count.of("Course x WHERE x.school = :school"),
        count.of("TrainingSession x WHERE x.school = :school"),
        count.of("Booking x WHERE x.session.school = :school"),
        count.of("CpdRecord x WHERE x.staffMember.school = :school"),
        count.of("SchoolPriority x WHERE x.school = :school"),
        count.of("Objective x WHERE x.appraisal.cycle.school = :school"),
        count.of("NeedProfile x WHERE x.school = :school"),
        count.of("CoverageRule x WHERE x.school = :school"));
  }

  @Override
  public String toString() {
    return String.format(
        "%d staff, %d accounts, %d competences, %d courses, %d sessions, %d bookings,"
            + " %d CPD records, %d priorities, %d objectives, %d need profiles,"
            + " %d coverage rules",
        staff,
        accounts,
        competences,
        courses,
        sessions,
        bookings,
        records,
        priorities,
        objectives,
        needProfiles,
        coverageRules);
  }

  private record Counter(EntityManager em, School school) {
    long of(String fromWhere) {
      TypedQuery<Long> query = em.createQuery("SELECT COUNT(x) FROM " + fromWhere, Long.class);
      if (fromWhere.contains(":school")) {
        query.setParameter("school", school);
      }
      return query.getSingleResult();
    }
  }
}
