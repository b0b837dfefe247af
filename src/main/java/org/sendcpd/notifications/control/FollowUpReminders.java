package org.sendcpd.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.sendcpd.notifications.entity.NotificationKind;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.training.entity.FollowUp;

/**
 * Asks a person, once the follow-up of their CPD falls due, whether they tried what they said they
 * would change; and asks their line manager the same about them. Each follow-up is asked of each
 * once, however often the check runs ({@code follow-up:<id>} and {@code follow-up-manager:<id>});
 * an answered one is not asked at all.
 */
@ApplicationScoped
@Transactional
public class FollowUpReminders {

  static final String PAGE = "/training/follow-ups.xhtml";

  static final String DUE =
      "SELECT f FROM FollowUp f JOIN FETCH f.record r JOIN FETCH r.staffMember s"
          + " LEFT JOIN s.lineManager m WHERE (s.id = :staffId OR m.id = :staffId)"
          + " AND f.stage IS NULL AND f.dueOn <= :today ORDER BY f.dueOn, f.id";

  @PersistenceContext EntityManager em;
  @Inject Notifications notifications;

  /** Writes the questions that are due and not yet asked; answers how many were written. */
  public int remind(StaffMember me, LocalDate today) {
    int written = 0;
    for (FollowUp f :
        em.createQuery(DUE, FollowUp.class)
            .setParameter("staffId", me.getId())
            .setParameter("today", today)
            .getResultList()) {
      StaffMember person = f.getRecord().getStaffMember();
      boolean own = person.getId().equals(me.getId());
      String text =
          own
              ? "Follow-up of \""
                  + f.getRecord().getTitle()
                  + "\": you said you would "
                  + lowerFirst(f.getIntendedChange())
                  + " Have you tried it?"
              : "Follow-up due for "
                  + person.getFullName()
                  + " after \""
                  + f.getRecord().getTitle()
                  + "\": has the change been tried?";
      String key = (own ? "follow-up:" : "follow-up-manager:") + f.getId();
      if (notifications.notifyOnce(me, NotificationKind.FOLLOW_UP_DUE, text, PAGE, key)) {
        written++;
      }
    }
    return written;
  }

  private static String lowerFirst(String text) {
    String t = text.strip();
    String sentence = t.endsWith(".") ? t : t + ".";
    return sentence.length() > 1
            && Character.isUpperCase(sentence.charAt(0))
            && !Character.isUpperCase(sentence.charAt(1))
        ? Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1)
        : sentence;
  }
}
