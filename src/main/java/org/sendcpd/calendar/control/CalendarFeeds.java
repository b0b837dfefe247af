package org.sendcpd.calendar.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import org.sendcpd.calendar.entity.CalendarFeed;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.InvalidInputException;

/**
 * Secret feed addresses: the caller's own (any member of staff) and their school's (those who see
 * the school). Creating a feed revokes the owner's previous one, so "new address" is also how a
 * leaked address is replaced. Reading a feed needs only its token.
 */
@RequestScoped
@Transactional
public class CalendarFeeds {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject CurrentUser caller;
  @Inject AccessControl access;
  @Inject AuditLog audit;

  /** The feed text for a live token; empty when the token is unknown or revoked. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> text(String token, URI site) {
    return em.createNamedQuery(CalendarFeed.FIND_BY_TOKEN, CalendarFeed.class)
        .setParameter("token", token)
        .getResultStream()
        .findFirst()
        .map(feed -> render(feed, site));
  }

  /** The feed's calendar text; {@code site} is the application's address, for events' links. */
  String render(CalendarFeed feed, URI site) {
    if (feed.isPersonal()) {
      StaffMember person = feed.getStaffMember();
      return FeedWriter.write(
          "Training: " + person.getFullName(),
          FeedContent.ofPerson(em, person.getId(), site),
          Instant.now());
    }
    School school = feed.getSchool();
    return FeedWriter.write(
        "Training calendar: " + school.getName(),
        FeedContent.ofSchool(em, school.getId(), LocalDate.now(), site),
        Instant.now());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<CalendarFeed> mine() {
    return caller.staffId().flatMap(id -> first(CalendarFeed.FIND_ACTIVE_OF_STAFF, "staffId", id));
  }

  public CalendarFeed createMine() {
    StaffMember me =
        caller
            .staff()
            .orElseThrow(() -> new InvalidInputException("Only a member of staff has bookings"));
    mine().ifPresent(this::revoke);
    CalendarFeed feed = CalendarFeed.ofPerson(me, newToken(), Instant.now());
    em.persist(feed);
    em.flush();
    audit.record(caller.username(), "CALENDAR_FEED_CREATED", "CalendarFeed", feed.getId(), null);
    return feed;
  }

  public void revokeMine() {
    mine().ifPresent(this::revoke);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<CalendarFeed> ofSchool(long schoolId) {
    access.requireSchool(schoolId);
    return first(CalendarFeed.FIND_ACTIVE_OF_SCHOOL, "schoolId", schoolId);
  }

  public CalendarFeed createForSchool(long schoolId) {
    ofSchool(schoolId).ifPresent(this::revoke);
    School school = em.find(School.class, schoolId);
    if (school == null) {
      throw new InvalidInputException("No school " + schoolId);
    }
    CalendarFeed feed = CalendarFeed.ofSchool(school, newToken(), Instant.now());
    em.persist(feed);
    em.flush();
    audit.record(caller.username(), "CALENDAR_FEED_CREATED", "CalendarFeed", feed.getId(), null);
    return feed;
  }

  public void revokeSchool(long schoolId) {
    ofSchool(schoolId).ifPresent(this::revoke);
  }

  /** The absolute address of a feed, given the application's /api/ address. */
  public static String url(URI apiBase, CalendarFeed feed) {
    return apiBase.resolve("calendar/" + feed.getToken() + ".ics").toString();
  }

  /** 256 random bits, URL-safe Base64 without padding: 43 characters. */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private void revoke(CalendarFeed feed) {
    CalendarFeed managed = em.merge(feed);
    managed.revoke(Instant.now());
    audit.record(caller.username(), "CALENDAR_FEED_REVOKED", "CalendarFeed", feed.getId(), null);
  }

  private Optional<CalendarFeed> first(String query, String parameter, long id) {
    return em.createNamedQuery(query, CalendarFeed.class)
        .setParameter(parameter, id)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
