package org.sendcpd.demo;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.sendcpd.appraisal.entity.Appraisal;
import org.sendcpd.appraisal.entity.AppraisalCycle;
import org.sendcpd.appraisal.entity.Objective;
import org.sendcpd.appraisal.entity.ObjectiveStatus;
import org.sendcpd.appraisal.entity.PriorityStatus;
import org.sendcpd.appraisal.entity.ReviewPoint;
import org.sendcpd.appraisal.entity.SchoolPriority;
import org.sendcpd.framework.entity.AreaOfNeed;
import org.sendcpd.organisation.entity.StaffMember;

/**
 * Performance management of the current academic year: the school's priorities (in progress), one
 * open appraisal cycle, and for each objective of the scenario an appraisal of its person led by
 * their line manager (one appraisal per person, however many objectives), with its targets and the
 * notes of the start-of-year review, written a few days into the cycle.
 */
final class DemoAppraisal {

  static final int DAYS_TO_FIRST_REVIEW = 10;

  private final EntityManager em;
  private final DemoSetting setting;
  private final Map<String, SchoolPriority> priorities = new HashMap<>();
  private final Map<StaffMember, Appraisal> appraisals = new HashMap<>();

  DemoAppraisal(EntityManager em, DemoSetting setting) {
    this.em = em;
    this.setting = setting;
  }

  void load(JsonObject scenario) {
    String year = AcademicYear.of(setting.today);
    DemoJson.objects(scenario, "priorities").forEach(json -> priority(json, year));
    AppraisalCycle cycle = cycle(scenario.getJsonObject("appraisalCycle"), year);
    LocalDate reviewed = cycle.getStartsOn().plusDays(DAYS_TO_FIRST_REVIEW);
    LocalDate firstReview = reviewed.isAfter(setting.today) ? setting.today : reviewed;
    for (JsonObject json : DemoJson.objects(scenario, "objectives")) {
      objective(json, cycle, firstReview);
    }
  }

  private void priority(JsonObject json, String year) {
    SchoolPriority priority = new SchoolPriority(setting.school, year, json.getString("title"));
    String area = DemoJson.text(json, "areaOfNeed");
    priority.setAreaOfNeed(area == null ? null : AreaOfNeed.valueOf(area));
    priority.setSuccessMeasure(DemoJson.text(json, "successMeasure"));
    String owner = DemoJson.text(json, "ownerEmail");
    priority.setOwner(owner == null ? null : setting.person(owner));
    priority.setTimescale(DemoJson.text(json, "timescale"));
    priority.setStatus(PriorityStatus.IN_PROGRESS);
    em.persist(priority);
    priorities.put(json.getString("key"), priority);
  }

  private AppraisalCycle cycle(JsonObject json, String year) {
    AppraisalCycle cycle =
        new AppraisalCycle(
            setting.school,
            year,
            setting.day(json.getInt("startOffset")),
            setting.day(json.getInt("endOffset")));
    Integer mid = DemoJson.integer(json, "midYearOffset");
    cycle.setMidYearReviewOn(mid == null ? null : setting.day(mid));
    em.persist(cycle);
    return cycle;
  }

  private void objective(JsonObject json, AppraisalCycle cycle, LocalDate reviewedOn) {
    Appraisal appraisal =
        appraisals.computeIfAbsent(
            setting.person(json.getString("email")), person -> appraisal(cycle, person));
    Objective objective = new Objective(appraisal, json.getString("text"));
    String priorityKey = DemoJson.text(json, "priorityKey");
    if (priorityKey != null) {
      objective.setPriority(priority(priorityKey));
    }
    objective.setSuccessCriteria(DemoJson.text(json, "successCriteria"));
    objective.setStatus(ObjectiveStatus.valueOf(json.getString("status")));
    for (JsonObject target : DemoJson.objects(json, "targets")) {
      objective.addTarget(
          setting.competence(target.getString("competenceCode")), target.getInt("level"));
    }
    String appraiser = DemoSetting.username(appraisal.getAppraiser());
    for (JsonObject review : DemoJson.objects(json, "reviews")) {
      objective.addReview(
          ReviewPoint.valueOf(review.getString("point")),
          review.getString("note"),
          reviewedOn,
          appraiser);
    }
    em.persist(objective);
  }

  private Appraisal appraisal(AppraisalCycle cycle, StaffMember person) {
    if (person.getLineManager() == null) {
      throw new IllegalStateException(
          "The demo appraisal of " + person.getEmail() + " needs a line manager as appraiser");
    }
    Appraisal appraisal = new Appraisal(cycle, person, person.getLineManager());
    em.persist(appraisal);
    return appraisal;
  }

  private SchoolPriority priority(String key) {
    SchoolPriority priority = priorities.get(key);
    if (priority == null) {
      throw new IllegalStateException("The demo content names an unknown priority: " + key);
    }
    return priority;
  }
}
