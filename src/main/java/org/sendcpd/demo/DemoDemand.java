package org.sendcpd.demo;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.sendcpd.demand.entity.CoverageRule;
import org.sendcpd.demand.entity.NeedProfile;
import org.sendcpd.framework.entity.AreaOfNeed;

/**
 * The demand side: need profiles (counts only, recorded a little before the load, as from the
 * autumn census) and the coverage rules the school set itself; a rule with offsets applies only
 * between those days (the Year 6 residential).
 */
final class DemoDemand {

  static final int DAYS_SINCE_CENSUS = 14;

  private final EntityManager em;
  private final DemoSetting setting;

  DemoDemand(EntityManager em, DemoSetting setting) {
    this.em = em;
    this.setting = setting;
  }

  void load(List<JsonObject> needProfiles, List<JsonObject> coverageRules) {
    needProfiles.forEach(this::needProfile);
    coverageRules.forEach(this::coverageRule);
  }

  private void needProfile(JsonObject json) {
    NeedProfile profile =
        new NeedProfile(
            setting.school,
            DemoJson.text(json, "yearGroup"),
            setting.today.minusDays(DAYS_SINCE_CENSUS));
    for (JsonObject count : DemoJson.objects(json, "counts")) {
      profile.setCount(
          AreaOfNeed.valueOf(count.getString("areaOfNeed")),
          count.getInt("pupils"),
          count.getInt("ehcPlans"));
    }
    em.persist(profile);
  }

  private void coverageRule(JsonObject json) {
    CoverageRule rule =
        new CoverageRule(
            setting.school,
            json.getString("name"),
            setting.competence(json.getString("competenceCode")),
            json.getInt("level"),
            json.getInt("minHolders"));
    rule.setScope(DemoJson.text(json, "scope"));
    Integer from = DemoJson.integer(json, "fromOffset");
    Integer to = DemoJson.integer(json, "toOffset");
    rule.setValidFrom(from == null ? null : setting.day(from));
    rule.setValidTo(to == null ? null : setting.day(to));
    em.persist(rule);
  }
}
