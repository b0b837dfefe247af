package org.sendcpd.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.calendar.entity.CalendarFeed;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.testing.Fixtures;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.BookingStatus;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.TrainingSession;

/** Feeds read from the database: what a person's and a school's calendar contain, by token. */
class CalendarFeedsTest {

  static final LocalDateTime SOON = LocalDate.now().plusDays(10).atTime(15, 45);

  static JpaTestDatabase db;

  @BeforeAll
  static void migrate() {
    db = JpaTestDatabase.start();
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  record Setup(String personal, String school, String revoked, Map<String, Long> bookings) {}

  static Setup school() {
    return db.inTransaction(
        em -> {
          School school = Fixtures.school(em);
          StaffMember ellie = Fixtures.staff(em, school, "Robinson", JobRole.TA);
          Course course =
              new Course(
                  school, "Buccal midazolam administration", DeliveryType.IN_HOUSE, BigDecimal.ONE);
          em.persist(course);
          Map<String, Long> ids = new java.util.HashMap<>();
          for (BookingStatus status : BookingStatus.values()) {
            TrainingSession session =
                new TrainingSession(
                    course,
                    school,
                    SOON.plusDays(status.ordinal()),
                    SOON.plusDays(status.ordinal()).plusHours(2),
                    "Library",
                    6);
            em.persist(session);
            Booking booking = new Booking(session, ellie, status, Instant.now());
            em.persist(booking);
            em.flush();
            ids.put(status.name(), booking.getId());
          }
          TrainingSession moved =
              new TrainingSession(
                  course, school, SOON.plusDays(20), SOON.plusDays(20).plusHours(2), "Hall", 6);
          moved.reschedule(SOON.plusDays(21), SOON.plusDays(21).plusHours(2));
          moved.cancel();
          em.persist(moved);
          Booking onCancelled = new Booking(moved, ellie, BookingStatus.BOOKED, Instant.now());
          em.persist(onCancelled);
          em.flush();
          ids.put("ON_CANCELLED_SESSION", onCancelled.getId());
          CalendarFeed personal =
              CalendarFeed.ofPerson(ellie, CalendarFeeds.newToken(), Instant.now());
          CalendarFeed whole =
              CalendarFeed.ofSchool(school, CalendarFeeds.newToken(), Instant.now());
          CalendarFeed revoked =
              CalendarFeed.ofPerson(ellie, CalendarFeeds.newToken(), Instant.now());
          revoked.revoke(Instant.now());
          List.of(personal, whole, revoked).forEach(em::persist);
          return new Setup(personal.getToken(), whole.getToken(), revoked.getToken(), ids);
        });
  }

  static Optional<String> text(String token) {
    return db.inTransaction(
        em -> {
          CalendarFeeds feeds = new CalendarFeeds();
          feeds.em = em;
          return feeds.text(token, URI.create("https://cpd.example.org/"));
        });
  }

  static Map<String, VEvent> byUid(String text) throws Exception {
    return FeedWriterTest.events(text).stream()
        .collect(Collectors.toMap(e -> FeedWriterTest.value(e, Property.UID), e -> e));
  }

  @Test
  void aPersonsFeedHasOneEventPerBookingButInvitations() throws Exception {
    Setup setup = school();
    Map<String, VEvent> events = byUid(text(setup.personal()).orElseThrow());

    assertEquals(6, events.size(), events.keySet().toString());
    assertEquals("CONFIRMED", status(events, setup, "BOOKED"));
    assertEquals("TENTATIVE", status(events, setup, "WAITING"));
    assertEquals("CONFIRMED", status(events, setup, "ATTENDED"));
    assertEquals("CANCELLED", status(events, setup, "CANCELLED"));
    assertEquals("CANCELLED", status(events, setup, "ON_CANCELLED_SESSION"));
    assertTrue(!events.containsKey(uid(setup, "INVITED")));
    VEvent cancelledSession = events.get(uid(setup, "ON_CANCELLED_SESSION"));
    assertEquals("2", FeedWriterTest.value(cancelledSession, Property.SEQUENCE));
    assertEquals("1", FeedWriterTest.value(events.get(uid(setup, "CANCELLED")), Property.SEQUENCE));
    VEvent booked = events.get(uid(setup, "BOOKED"));
    assertEquals("Buccal midazolam administration", FeedWriterTest.value(booked, Property.SUMMARY));
    assertEquals("Library", FeedWriterTest.value(booked, Property.LOCATION));
  }

  @Test
  void theSchoolFeedHasEverySessionAndUidsDifferFromThePersonalOnes() throws Exception {
    Setup setup = school();
    Map<String, VEvent> school = byUid(text(setup.school()).orElseThrow());
    Map<String, VEvent> personal = byUid(text(setup.personal()).orElseThrow());

    assertEquals(BookingStatus.values().length + 1, school.size());
    assertTrue(school.keySet().stream().allMatch(uid -> uid.matches("session-\\d+@sendcpd")));
    assertTrue(
        school.values().stream()
            .anyMatch(e -> FeedWriterTest.value(e, Property.STATUS).equals("CANCELLED")));
    assertNotEquals(school.keySet(), personal.keySet());
    for (Map.Entry<String, VEvent> event : school.entrySet()) {
      String id = event.getKey().replaceAll("\\D", "");
      assertEquals(
          "https://cpd.example.org/training/session-bookings.xhtml?id=" + id,
          FeedWriterTest.value(event.getValue(), Property.URL));
      String description = FeedWriterTest.value(event.getValue(), Property.DESCRIPTION);
      assertTrue(
          description.startsWith(FeedWriterTest.value(event.getValue(), Property.SUMMARY)),
          description);
    }
  }

  @Test
  void aRevokedOrUnknownTokenHasNoFeed() {
    Setup setup = school();
    assertTrue(text(setup.revoked()).isEmpty());
    assertTrue(text(CalendarFeeds.newToken()).isEmpty());
  }

  @Test
  void tokensAre256RandomBitsUrlSafe() {
    String token = CalendarFeeds.newToken();
    assertEquals(43, token.length());
    assertTrue(token.matches("[A-Za-z0-9_-]{43}"));
    assertNotEquals(token, CalendarFeeds.newToken());
  }

  static String uid(Setup setup, String key) {
    return "booking-" + setup.bookings().get(key) + "@sendcpd";
  }

  static String status(Map<String, VEvent> events, Setup setup, String key) {
    return FeedWriterTest.value(events.get(uid(setup, key)), Property.STATUS);
  }
}
