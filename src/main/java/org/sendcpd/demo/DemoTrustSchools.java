package org.sendcpd.demo;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.SchoolPhase;

/**
 * The trust's two smaller schools beside Oakfield, from {@code trust-schools.json}: a secondary and
 * a primary, each with its staff, some CPD records (among them specialists another school lacks), a
 * need profile and a coverage rule, so the trust view compares real schools; the secondary offers a
 * catalogue of its own, courses a secondary runs or buys in. They share the shipped frameworks
 * found for Oakfield; only the people the file names get an account (the secondary's SENCO), with
 * the demo password.
 */
final class DemoTrustSchools {

  private final EntityManager em;
  private final DemoSetting oakfield;
  private final Clock clock;

  DemoTrustSchools(EntityManager em, DemoSetting oakfield, Clock clock) {
    this.em = em;
    this.oakfield = oakfield;
    this.clock = clock;
  }

  void load(String passwordHash) {
    for (JsonObject json : DemoJson.array("trust-schools.json").getValuesAs(JsonObject.class)) {
      School school =
          new School(
              json.getString("name"),
              json.getString("urn"),
              SchoolPhase.valueOf(json.getString("phase")));
      em.persist(school);
      DemoSetting setting = new DemoSetting(school, clock);
      setting.competences.putAll(oakfield.competences);
      new DemoStaff(em, setting)
          .load(
              json.getString("staffFile"),
              passwordHash,
              json.getJsonArray("accounts").getValuesAs(JsonString.class).stream()
                  .map(JsonString::getString)
                  .toList());
      String courses = DemoJson.text(json, "coursesFile");
      if (courses != null) {
        new DemoCourses(em, setting).load(courses);
      }
      new DemoRecords(em, setting).load(DemoJson.objects(json, "records"));
      new DemoDemand(em, setting)
          .load(DemoJson.objects(json, "needProfiles"), DemoJson.objects(json, "coverageRules"));
    }
  }
}
