package org.sendcpd.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import org.sendcpd.notifications.entity.NotificationKind;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.outreach.control.SupportEvents;
import org.sendcpd.outreach.entity.SupportRequest;
import org.sendcpd.outreach.entity.SupportStatus;

/**
 * The in-app notices of a request for support: to the holder and their head when it is made, then
 * back to whoever asked when it is answered. Written in the transaction of the change itself.
 */
@ApplicationScoped
public class SupportNotices {

  static final String REQUESTS = "/outreach/support-requests.xhtml";
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @PersistenceContext EntityManager em;
  @Inject Notifications notifications;

  void requested(@Observes SupportEvents.Requested event) {
    SupportRequest request = em.find(SupportRequest.class, event.requestId());
    Set<StaffMember> to = new LinkedHashSet<>();
    to.add(request.getToStaff());
    event.headIds().forEach(id -> to.add(em.find(StaffMember.class, id)));
    String text =
        request.getFromSchool().getName()
            + " asks "
            + request.getToStaff().getFullName()
            + " for support with "
            + request.getWanted().getCompetence().getCode()
            + ".";
    to.forEach(
        person -> notifications.notify(person, NotificationKind.SUPPORT_REQUESTED, text, REQUESTS));
  }

  void answered(@Observes SupportEvents.Answered event) {
    SupportRequest request = em.find(SupportRequest.class, event.requestId());
    StaffMember asker =
        em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
            .setParameter("username", request.getRequestedBy())
            .getResultStream()
            .map(UserAccount::getStaffMember)
            .findFirst()
            .orElse(null);
    if (asker == null) {
      return;
    }
    String who = request.getToStaff().getFullName();
    String text =
        request.getStatus() == SupportStatus.ACCEPTED
            ? who
                + " will support your school on "
                + WHEN.format(request.getSession().getStartsAt())
                + "; the session is on your calendar."
            : who + "'s school declined your request: " + request.getReason();
    notifications.notify(asker, NotificationKind.SUPPORT_ANSWERED, text, REQUESTS);
  }
}
