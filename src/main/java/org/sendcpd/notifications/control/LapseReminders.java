package org.sendcpd.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sendcpd.analysis.Evidence;
import org.sendcpd.analysis.RenewalRules;
import org.sendcpd.notifications.entity.NotificationKind;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.RecordStatus;
import org.sendcpd.workforce.control.LookAhead;

/**
 * Reminds a person of their certificates that lapse within the window and are not yet renewed (the
 * rules of {@link RenewalRules}). Each certificate and expiry date is reminded of once, however
 * often the check runs: its subject key is {@code lapse:<record id>:<expiry>}.
 */
@ApplicationScoped
@Transactional
public class LapseReminders {

  static final String EVIDENCE =
      "SELECT r.id, o.competenceLevel.competence.id, o.competenceLevel.rank, r.completedOn, r.expiresOn, r.courseId"
          + " FROM CpdOutcome o JOIN o.record r"
          + " WHERE r.staffMember.id = :staffId"
          + " AND r.verdict.status = :verified";

  @PersistenceContext EntityManager em;
  @Inject Notifications notifications;

  @Inject LookAhead lookAhead;

  public int remind(StaffMember person, LocalDate today) {
    return remind(person, today, lookAhead.days());
  }

  /** Writes the reminders that are due and not yet written; answers how many were written. */
  public int remind(StaffMember person, LocalDate today, int windowDays) {
    long staffId = person.getId();
    List<Evidence> evidence =
        em
            .createQuery(EVIDENCE, Object[].class)
            .setParameter("staffId", staffId)
            .setParameter("verified", RecordStatus.VERIFIED)
            .getResultList()
            .stream()
            .map(
                r ->
                    new Evidence(
                        ((Number) r[0]).longValue(),
                        staffId,
                        ((Number) r[1]).longValue(),
                        (int) r[2],
                        Evidence.Status.VERIFIED,
                        (LocalDate) r[3],
                        (LocalDate) r[4],
                        r[5] == null ? null : ((Number) r[5]).longValue()))
            .toList();
    int written = 0;
    for (RenewalRules.Due due : RenewalRules.due(evidence, Set.of(staffId), today, windowDays)) {
      if (due.expired()) {
        continue;
      }
      CpdRecord record = em.find(CpdRecord.class, due.recordId());
      String text =
          "Your certificate \""
              + record.getTitle()
              + "\" lapses on "
              + TrainingNotices.DAY.format(due.expiresOn())
              + ".";
      if (notifications.notifyOnce(
          person,
          NotificationKind.CERTIFICATE_LAPSING,
          text,
          TrainingNotices.MY_CPD,
          "lapse:" + due.recordId() + ":" + due.expiresOn())) {
        written++;
      }
    }
    return written;
  }
}
