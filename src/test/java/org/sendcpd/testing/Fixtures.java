package org.sendcpd.testing;

import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicInteger;
import org.sendcpd.framework.entity.Area;
import org.sendcpd.framework.entity.AreaOfNeed;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.SkillsFramework;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.SchoolPhase;
import org.sendcpd.organisation.entity.StaffMember;

/**
 * Small graphs for mapping tests. Every call makes new rows with unique names, codes and emails, so
 * test methods sharing one database never see each other's data.
 */
public final class Fixtures {

  private static final AtomicInteger SEQUENCE = new AtomicInteger(100_000);

  private Fixtures() {}

  public static String unique(String prefix) {
    return prefix + SEQUENCE.incrementAndGet();
  }

  public static School school(EntityManager em) {
    int n = SEQUENCE.incrementAndGet();
    School school = new School("School " + n, String.valueOf(n), SchoolPhase.PRIMARY);
    em.persist(school);
    return school;
  }

  public static StaffMember staff(EntityManager em, School school, String lastName, JobRole role) {
    String email = unique(lastName.toLowerCase()) + "@school.example";
    StaffMember staff = new StaffMember(school, "Sam", lastName, email, role);
    em.persist(staff);
    return staff;
  }

  /** An active framework with a three-rung ladder and one area of need. */
  public static SkillsFramework framework(EntityManager em) {
    SkillsFramework framework = new SkillsFramework(unique("SEND "), "2026.1", "our own wording");
    framework.addLevel("Universal");
    framework.addLevel("Enhanced");
    framework.addLevel("Specialist");
    em.persist(framework);
    return framework;
  }

  public static Area area(EntityManager em, SkillsFramework framework, AreaOfNeed need) {
    Area area = new Area(framework, unique("A"), "Area " + need, 1);
    area.setAreaOfNeed(need);
    em.persist(area);
    return area;
  }

  public static Competence competence(EntityManager em, Area area) {
    Competence competence = new Competence(area, unique("C-"), "Adapts teaching", 1);
    em.persist(competence);
    return competence;
  }

  /** A competence in a new framework and area, for tests that need one and no more. */
  public static Competence competence(EntityManager em) {
    SkillsFramework framework = framework(em);
    return competence(em, area(em, framework, AreaOfNeed.COMMUNICATION_AND_INTERACTION));
  }
}
