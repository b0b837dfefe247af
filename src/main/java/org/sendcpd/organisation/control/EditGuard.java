package org.sendcpd.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.StaleEditException;
import org.sendcpd.platform.entity.AuditEvent;

/**
 * Refuses to save a copy of a record that someone changed after it was read, and says who and when,
 * from the audit log: "Eleanor Shah changed this record at 10:42." The copy's version comes from
 * the API's If-Match or from the screen that showed the record; none means no check.
 */
@ApplicationScoped
public class EditGuard {

  static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/London");
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Inject AuditLog audit;
  @Inject CurrentUser caller;
  @Inject PeopleNames names;
  Clock clock = Clock.system(SCHOOL_TIME);

  /**
   * Passes when the copy was read at the record's current version (or names none).
   *
   * @param entityType the audit log's name for the record, e.g. "StaffMember"
   */
  public void require(String entityType, long id, Integer expected, int current) {
    if (expected != null && expected != current) {
      throw stale(entityType, id, expected, current);
    }
  }

  StaleEditException stale(String entityType, long id, int expected, int current) {
    Optional<AuditEvent> last = audit.lastChange(entityType, id);
    String change =
        last.map(e -> who(e.getActor()) + " changed this record " + when(e) + ".")
            .orElse("Someone else changed this record after you opened it.");
    return new StaleEditException(
        change,
        List.of(
            "Your copy is version "
                + expected
                + "; the record is now at version "
                + current
                + " (ETag \""
                + current
                + "\")."),
        current);
  }

  private String who(String username) {
    if (username.equals(caller.username())) {
      return "You (in another window or tab)";
    }
    return names.of(username);
  }

  private String when(AuditEvent event) {
    ZonedDateTime at = event.getOccurredAt().atZone(SCHOOL_TIME);
    String time = "at " + TIME.format(at);
    return at.toLocalDate().equals(LocalDate.now(clock)) ? time : time + " on " + DAY.format(at);
  }
}
