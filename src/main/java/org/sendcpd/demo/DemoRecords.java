package org.sendcpd.demo;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.RecordSource;
import org.sendcpd.training.entity.RecordStatus;

/**
 * The CPD ledger of the scenario beyond the calendar: earlier training, over up to several years. A
 * course record takes everything from the course (outcomes, hours, cost, expiry); an external
 * record brings its own title, provider and outcomes, and expires only where it names an
 * expiryOffset (a certificate bought outside, such as positive handling).
 *
 * <p>Verified in-house training was logged by the SENCO; everything else was logged by the person.
 * The SENCO verifies or rejects a few days after completion (never later than the load), and the
 * SENCO's own records are verified by the headteacher, so nobody verifies their own.
 */
final class DemoRecords {

  static final int DAYS_TO_VERIFY = 3;

  private final EntityManager em;
  private final DemoSetting setting;

  DemoRecords(EntityManager em, DemoSetting setting) {
    this.em = em;
    this.setting = setting;
  }

  void load(List<JsonObject> records) {
    records.forEach(json -> em.persist(record(json)));
  }

  private CpdRecord record(JsonObject json) {
    StaffMember person = setting.person(json.getString("email"));
    LocalDate completedOn = setting.day(json.getInt("dayOffset"));
    RecordStatus status = RecordStatus.valueOf(json.getString("status"));
    String courseCode = DemoJson.text(json, "courseCode");
    DeliveryType delivery =
        courseCode == null
            ? DeliveryType.valueOf(json.getString("delivery"))
            : setting.course(courseCode).getDelivery();
    RecordSource source =
        status == RecordStatus.VERIFIED && delivery == DeliveryType.IN_HOUSE
            ? RecordSource.LOGGED_BY_SENCO
            : RecordSource.SELF_LOGGED;
    CpdRecord record =
        courseCode == null
            ? external(json, person, completedOn, source)
            : CpdRecord.ofCourse(person, setting.course(courseCode), completedOn, source);
    record.setReflection(DemoJson.text(json, "reflection"));
    String verifier = DemoSetting.username(verifierOf(person));
    if (status == RecordStatus.VERIFIED) {
      record.verify(verifier, setting.at(completedOn.plusDays(DAYS_TO_VERIFY)));
    } else if (status == RecordStatus.REJECTED) {
      record.reject(
          verifier,
          setting.at(completedOn.plusDays(DAYS_TO_VERIFY)),
          json.getString("rejectionReason"));
    }
    return record;
  }

  private CpdRecord external(
      JsonObject json, StaffMember person, LocalDate completedOn, RecordSource source) {
    CpdRecord record =
        new CpdRecord(
            person,
            json.getString("title"),
            DeliveryType.valueOf(json.getString("delivery")),
            completedOn,
            DemoJson.decimal(json, "hours"),
            source);
    record.setProvider(DemoJson.text(json, "provider"));
    record.setCost(DemoJson.decimal(json, "cost"));
    Integer expiry = DemoJson.integer(json, "expiryOffset");
    record.setExpiresOn(expiry == null ? null : setting.day(expiry));
    for (JsonObject outcome : DemoJson.objects(json, "outcomes")) {
      record.addOutcome(
          setting.competence(outcome.getString("competenceCode")), outcome.getInt("level"));
    }
    return record;
  }

  private StaffMember verifierOf(StaffMember person) {
    StaffMember senco = setting.withRole(JobRole.SENCO);
    return person == senco ? setting.withRole(JobRole.HEADTEACHER) : senco;
  }
}
