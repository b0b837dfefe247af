package org.sendcpd.demo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.sendcpd.analysis.FollowUpRules;
import org.sendcpd.analysis.FollowUpStage;
import org.sendcpd.analysis.SchoolTerms;
import org.sendcpd.appraisal.entity.PriorityMeasure;
import org.sendcpd.appraisal.entity.PriorityStatus;
import org.sendcpd.appraisal.entity.SchoolPriority;
import org.sendcpd.framework.entity.AreaOfNeed;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.FollowUp;
import org.sendcpd.training.entity.RecordStatus;
import org.sendcpd.training.entity.SessionEvaluation;
import org.sendcpd.training.entity.SessionStatus;
import org.sendcpd.training.entity.TrainingSession;

/**
 * The impact loop on the demo school's own training, adding no training of its own (so the gaps and
 * counts of the demo stay as they are): ratings of the delivered sessions (two with five or more
 * answers, one below five), follow-ups in every stage on the oldest session's register records,
 * coming ones on a recent session's, a due one for the demo TA; and last academic year's
 * communication priority, with two terms of measures and answered follow-ups of that year's
 * communication training.
 */
final class DemoImpact {

  static final String LAST_YEAR_PRIORITY = "Communication-friendly classrooms: the first year";

  private static final String DELIVERED =
      "SELECT t FROM TrainingSession t WHERE t.school = :school AND t.status = :delivered"
          + " ORDER BY t.startsAt";
  private static final String ATTENDEES =
      "SELECT b.staffMember FROM Booking b WHERE b.session = :session AND b.status = :attended"
          + " ORDER BY b.id";
  private static final String REGISTER =
      "SELECT r FROM CpdRecord r WHERE r.session = :session ORDER BY r.id";
  private static final String OWN_VERIFIED =
      "SELECT r FROM CpdRecord r WHERE r.staffMember = :person AND r.verdict.status = :verified"
          + " AND r.completedOn <= :before ORDER BY r.completedOn DESC";
  private static final String COMMUNICATION =
      "SELECT DISTINCT r FROM CpdOutcome o JOIN o.record r WHERE r.staffMember.school = :school"
          + " AND r.verdict.status = :verified AND o.competenceLevel.competence.area.areaOfNeed ="
          + " :need AND r.completedOn BETWEEN :from AND :to ORDER BY r.completedOn, r.id";

  /** What people said they would change, in their own words. */
  private static final List<String> CHANGES =
      List.of(
          "Use a now-and-next board with the two pupils in my group who struggle with changes.",
          "Give ten seconds of processing time before repeating a question.",
          "Model two-word phrases with Makaton signs at snack time.",
          "Keep a visual timetable at pupil height and refer to it at every transition.",
          "Offer a choice of two instead of an open question when a pupil is dysregulated.",
          "Pre-teach the key vocabulary of each topic to my intervention group on Mondays.");

  private static final List<String> NOTES =
      List.of(
          "Every morning now; the class expects it and asks for it.",
          "Tried it for two weeks in guided reading; answers are longer.",
          "Not yet: the group changed after half-term. I will start next week.",
          "It is how the class works now; the teacher uses it too.");

  private final EntityManager em;
  private final DemoSetting setting;

  DemoImpact(EntityManager em, DemoSetting setting) {
    this.em = em;
    this.setting = setting;
  }

  /**
   * Writes what the earlier parts built once, then reads it back with queries that do not flush
   * again: each automatic flush would walk every object of the demo.
   */
  void load() {
    em.flush();
    FlushModeType before = em.getFlushMode();
    em.setFlushMode(FlushModeType.COMMIT);
    try {
      loadImpact();
    } finally {
      em.setFlushMode(before);
    }
  }

  private void loadImpact() {
    List<TrainingSession> delivered =
        em.createQuery(DELIVERED, TrainingSession.class)
            .setParameter("school", setting.school)
            .setParameter("delivered", SessionStatus.DELIVERED)
            .getResultList();
    int[] raters = {8, 6, 3, 7};
    for (int i = 0; i < delivered.size() && i < raters.length; i++) {
      rate(delivered.get(i), raters[i], i);
    }
    if (!delivered.isEmpty()) {
      followUpsInEveryStage(delivered.get(0));
    }
    if (delivered.size() > 3) {
      coming(delivered.get(3));
    }
    dueForTheDemoTa();
    lastYearsPriority();
  }

  /** The first attendees rate; a session's ratings differ a little from one person to the next. */
  private void rate(TrainingSession session, int count, int seed) {
    List<StaffMember> attendees =
        em.createQuery(ATTENDEES, StaffMember.class)
            .setParameter("session", session)
            .setParameter("attended", BookingStatus.ATTENDED)
            .getResultList();
    for (int i = 0; i < attendees.size() && i < count; i++) {
      if (attendees.get(i).getEmail().startsWith("ellie.robinson@")) {
        continue; // the demo TA rates her own session on the screen
      }
      int usefulness = 3 + (i + seed) % 3;
      int before = 1 + (i + seed) % 2;
      int after = Math.min(4, before + 1 + (i % 2));
      em.persist(
          new SessionEvaluation(
              session,
              attendees.get(i),
              usefulness,
              before,
              after,
              i % 3 == 0 ? "Practical; I could use it the next morning." : null,
              setting.at(session.getStartsAt().toLocalDate().plusDays(1))));
    }
  }

  private void followUpsInEveryStage(TrainingSession session) {
    FollowUpStage[] stages = {
      FollowUpStage.EMBEDDED,
      FollowUpStage.TRIED,
      FollowUpStage.TRIED,
      FollowUpStage.NOT_YET,
      FollowUpStage.EMBEDDED,
      FollowUpStage.TRIED,
      null,
      null
    };
    List<CpdRecord> records = register(session);
    for (int i = 0; i < records.size() && i < stages.length; i++) {
      FollowUp f = plan(records.get(i), i);
      if (stages[i] != null && !f.getDueOn().isAfter(setting.today)) {
        LocalDate on =
            f.getDueOn().plusDays(1 + i % 4).isAfter(setting.today)
                ? setting.today
                : f.getDueOn().plusDays(1 + i % 4);
        f.answer(
            stages[i],
            NOTES.get(i % NOTES.size()),
            DemoSetting.username(records.get(i).getStaffMember()),
            setting.at(on));
      }
    }
  }

  private void coming(TrainingSession session) {
    List<CpdRecord> records = register(session);
    for (int i = 0; i < records.size() && i < 3; i++) {
      plan(records.get(i), i + 2);
    }
  }

  /** The demo TA's training of some weeks ago has a follow-up waiting for her answer. */
  private void dueForTheDemoTa() {
    StaffMember ellie = setting.person("ellie.robinson@oakfield.example.org");
    em.createQuery(OWN_VERIFIED, CpdRecord.class)
        .setParameter("person", ellie)
        .setParameter("verified", RecordStatus.VERIFIED)
        .setParameter("before", setting.today.minusWeeks(FollowUpRules.DEFAULT_WEEKS))
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .ifPresent(r -> plan(r, 1));
  }

  private void lastYearsPriority() {
    int start = SchoolTerms.startYearOf(setting.today) - 1;
    SchoolPriority priority =
        new SchoolPriority(setting.school, SchoolTerms.label(start), LAST_YEAR_PRIORITY);
    priority.setAreaOfNeed(AreaOfNeed.COMMUNICATION_AND_INTERACTION);
    priority.setSuccessMeasure(
        "Pupils at SEN support with communication needs on track against their language targets");
    priority.setOwner(setting.person("eleanor.shah@oakfield.example.org"));
    priority.setTimescale("By the end of the summer term");
    priority.setStatus(PriorityStatus.PARTLY_ACHIEVED);
    em.persist(priority);
    String label = "Pupils at SEN support on track in their language targets";
    measure(priority, LocalDate.of(start, 12, 10), label, 14, 31);
    measure(priority, LocalDate.of(start + 1, 3, 24), label, 19, 31);
    measure(
        priority, LocalDate.of(start + 1, 3, 24), "Classrooms using a visual timetable", 11, 14);
    List<CpdRecord> training =
        em.createQuery(COMMUNICATION, CpdRecord.class)
            .setParameter("school", setting.school)
            .setParameter("verified", RecordStatus.VERIFIED)
            .setParameter("need", AreaOfNeed.COMMUNICATION_AND_INTERACTION)
            .setParameter("from", LocalDate.of(start, 9, 1))
            .setParameter("to", LocalDate.of(start + 1, 8, 31))
            .getResultList();
    FollowUpStage[] stages = {FollowUpStage.TRIED, FollowUpStage.EMBEDDED, FollowUpStage.NOT_YET};
    for (int i = 0; i < training.size() && i < 6; i++) {
      CpdRecord r = training.get(i);
      FollowUp f = plan(r, i);
      LocalDate on = f.getDueOn().plusDays(3);
      if (!on.isAfter(setting.today)) {
        f.answer(
            stages[i % stages.length],
            NOTES.get(i % NOTES.size()),
            DemoSetting.username(r.getStaffMember()),
            setting.at(on));
      }
    }
  }

  private void measure(SchoolPriority priority, LocalDate on, String label, int value, int outOf) {
    if (!on.isAfter(setting.today)) {
      em.persist(
          new PriorityMeasure(
              priority,
              on,
              label,
              BigDecimal.valueOf(value),
              BigDecimal.valueOf(outOf),
              "eleanor.shah"));
    }
  }

  private FollowUp plan(CpdRecord record, int i) {
    var area =
        record.getOutcomes().isEmpty()
            ? null
            : record.getOutcomes().get(0).getCompetence().getArea();
    FollowUp f =
        new FollowUp(
            record,
            CHANGES.get(i % CHANGES.size()),
            area,
            FollowUpRules.dueOn(record.getCompletedOn(), FollowUpRules.DEFAULT_WEEKS));
    em.persist(f);
    return f;
  }

  private List<CpdRecord> register(TrainingSession session) {
    return em.createQuery(REGISTER, CpdRecord.class)
        .setParameter("session", session)
        .getResultList();
  }
}
