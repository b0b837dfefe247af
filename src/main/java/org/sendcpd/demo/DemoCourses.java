package org.sendcpd.demo;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.DeliveryType;

/**
 * A demo school's own course catalogue, from {@code courses.json} for Oakfield or the file a trust
 * school names, kept by course code.
 */
final class DemoCourses {

  private final EntityManager em;
  private final DemoSetting setting;

  DemoCourses(EntityManager em, DemoSetting setting) {
    this.em = em;
    this.setting = setting;
  }

  void load() {
    load("courses.json");
  }

  void load(String file) {
    for (JsonObject json : DemoJson.array(file).getValuesAs(JsonObject.class)) {
      Course course =
          new Course(
              setting.school,
              json.getString("title"),
              DeliveryType.valueOf(json.getString("delivery")),
              DemoJson.decimal(json, "hours"));
      course.setDescription(DemoJson.text(json, "description"));
      course.setProvider(DemoJson.text(json, "provider"));
      BigDecimal cost = DemoJson.decimal(json, "costPerPlace");
      course.setCostPerPlace(cost == null ? BigDecimal.ZERO : cost);
      course.setValidityMonths(DemoJson.integer(json, "validityMonths"));
      for (JsonObject outcome : DemoJson.objects(json, "outcomes")) {
        course.addOutcome(
            setting.competence(outcome.getString("competenceCode")), outcome.getInt("level"));
      }
      em.persist(course);
      setting.courses.put(json.getString("code"), course);
    }
  }
}
