package org.sendcpd.demo;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.function.Function;
import org.sendcpd.framework.control.FrameworkDocument;
import org.sendcpd.framework.entity.SkillsFramework;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.SchoolPhase;

/**
 * Loads Oakfield Primary School, the demo school, in the caller's transaction: staff and accounts,
 * the SEND framework, courses, the school year with its terms and INSET days, the training
 * calendar, CPD records, appraisals and demand; then the trust's two smaller schools ({@link
 * DemoTrustSchools}). The counts answered are Oakfield's. Scenario dates are offsets from the day
 * of loading (from the clock), so the demo always looks current. Everything is built in memory and
 * written once; the only query before the counts is the one that looks up the framework's
 * competences.
 */
public class DemoSchool {

  public static final String NAME = "Oakfield Primary School";

  /** Six digits as the DfE gives them, in a range no real school uses. */
  public static final String URN = "990001";

  private final EntityManager em;
  private final Function<FrameworkDocument, SkillsFramework> frameworkImporter;
  private final Clock clock;

  public DemoSchool(
      EntityManager em,
      Function<FrameworkDocument, SkillsFramework> frameworkImporter,
      Clock clock) {
    this.em = em;
    this.frameworkImporter = frameworkImporter;
    this.clock = clock;
  }

  /** Loads the school; every demo account gets the same, already hashed, password. */
  public DemoCounts load(String passwordHash) {
    School school = new School(NAME, URN, SchoolPhase.PRIMARY);
    em.persist(school);
    DemoSetting setting = new DemoSetting(school, clock);
    new DemoStaff(em, setting).load(passwordHash);
    new DemoFramework(em, setting).load(frameworkImporter);
    new DemoCourses(em, setting).load();
    new DemoCalendar(em, setting).load();
    JsonObject scenario = DemoJson.object("scenario.json");
    new DemoTraining(em, setting).load(DemoJson.objects(scenario, "sessions"));
    new DemoRecords(em, setting).load(DemoJson.objects(scenario, "records"));
    new DemoAppraisal(em, setting).load(scenario);
    new DemoDemand(em, setting)
        .load(
            DemoJson.objects(scenario, "needProfiles"),
            DemoJson.objects(scenario, "coverageRules"));
    new DemoPractice(em, setting).load();
    new DemoImpact(em, setting).load();
    new DemoDeployment(em, setting).load();
    new DemoTrustSchools(em, setting, clock).load(passwordHash);
    new DemoSelfReview(em, setting).load();
    new DemoOutreach(em, setting).load();
    return DemoCounts.of(em, school);
  }
}
