package org.sendcpd.outreach.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sendcpd.notifications.control.Notifications;
import org.sendcpd.notifications.entity.NotificationKind;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.outreach.entity.SupportRequest;
import org.sendcpd.outreach.entity.SupportStatus;

/** The in-app notices of a request: to the holder and their head, then back to who asked. */
@ApplicationScoped
public class SupportNotices {

  static final String REQUESTS = "/outreach/support-requests.xhtml";
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  @PersistenceContext EntityManager em;
  @Inject Notifications notifications;

  void requested(SupportRequest request, List<StaffMember> heads) {
    Set<StaffMember> to = new LinkedHashSet<>();
    to.add(request.getToStaff());
    to.addAll(heads);
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

  void answered(SupportRequest request) {
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
