package org.sendcpd.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The feed text: what a calendar app reads back when it parses it. */
class FeedWriterTest {

  static final Instant STAMP = Instant.parse("2026-10-01T08:00:00Z");

  static final FeedEvent AUTUMN =
      new FeedEvent(
          "session-7@sendcpd",
          2,
          LocalDateTime.of(2026, 11, 4, 15, 45),
          LocalDateTime.of(2026, 11, 4, 17, 15),
          "Autism good practice (tier 2)",
          "Library",
          "Autism good practice (tier 2)\nEvidences: CI-02 Uses visual supports (Enhanced)"
              + "\nPlace: Library\nFacilitator: Priya Nair",
          URI.create("https://cpd.example.org/training/session-bookings.xhtml?id=7"),
          FeedEvent.Status.CONFIRMED);

  static final FeedEvent SUMMER_CANCELLED =
      new FeedEvent(
          "session-8@sendcpd",
          1,
          LocalDateTime.of(2026, 6, 10, 9, 0),
          LocalDateTime.of(2026, 6, 10, 12, 0),
          "Structured conversations with parents and carers",
          null,
          null,
          null,
          FeedEvent.Status.CANCELLED);

  @Test
  void anEventSaysWhatItIsAndLinksBackToTheSession() throws Exception {
    VEvent autumn = events(FeedWriter.write("Ellie", List.of(AUTUMN), STAMP)).get(0);
    String description = value(autumn, Property.DESCRIPTION);
    assertTrue(description.contains("Evidences: CI-02 Uses visual supports (Enhanced)"));
    assertTrue(description.contains("Facilitator: Priya Nair"), description);
    assertEquals(
        "https://cpd.example.org/training/session-bookings.xhtml?id=7",
        value(autumn, Property.URL));
  }

  @Test
  void oneEventPerEntryWithUidSequenceAndStatus() throws Exception {
    List<VEvent> events =
        events(FeedWriter.write("Ellie", List.of(AUTUMN, SUMMER_CANCELLED), STAMP));

    assertEquals(2, events.size());
    VEvent autumn = events.get(0);
    assertEquals("session-7@sendcpd", value(autumn, Property.UID));
    assertEquals("2", value(autumn, Property.SEQUENCE));
    assertEquals("CONFIRMED", value(autumn, Property.STATUS));
    assertEquals("Autism good practice (tier 2)", value(autumn, Property.SUMMARY));
    assertEquals("Library", value(autumn, Property.LOCATION));
    assertEquals("20261001T080000Z", value(autumn, Property.DTSTAMP));
    VEvent cancelled = events.get(1);
    assertEquals("CANCELLED", value(cancelled, Property.STATUS));
    assertTrue(cancelled.getProperty(Property.LOCATION).isEmpty(), "no place, no LOCATION");
  }

  @Test
  void timesAreLondonWallClockWithItsTimeZone() throws Exception {
    String text = FeedWriter.write("Ellie", List.of(AUTUMN, SUMMER_CANCELLED), STAMP);
    Calendar calendar = parse(text);

    Component zone = calendar.getComponent(Component.VTIMEZONE).orElseThrow();
    assertEquals("Europe/London", zone.getProperty(Property.TZID).orElseThrow().getValue());
    // Summer time (BST) is not turned into UTC: the school's 09:00 stays 09:00 in London.
    assertTrue(text.contains("DTSTART;TZID=Europe/London:20260610T090000\r\n"), text);
    assertTrue(text.contains("DTEND;TZID=Europe/London:20261104T171500\r\n"), text);
  }

  @Test
  void uidsAreStableAcrossGenerations() throws Exception {
    List<String> first = uids(FeedWriter.write("A", List.of(AUTUMN, SUMMER_CANCELLED), STAMP));
    List<String> second =
        uids(FeedWriter.write("A", List.of(AUTUMN, SUMMER_CANCELLED), STAMP.plusSeconds(86_400)));
    assertEquals(first, second);
  }

  @Test
  void longLinesAreFoldedAt75OctetsAndUnfoldBack() throws Exception {
    String title =
        "Café-style co-regulation: naming feelings with pupils who find words hard — a long"
            + " practical afternoon for teaching assistants in the resourced provision";
    FeedEvent longOne =
        new FeedEvent(
            "session-9@sendcpd",
            0,
            LocalDateTime.of(2027, 1, 12, 13, 30),
            LocalDateTime.of(2027, 1, 12, 16, 30),
            title,
            "The Hive, hygiene suite; sensory room, ground floor (access via the side gate)",
            title + "\nPlace: The Hive",
            null,
            FeedEvent.Status.TENTATIVE);
    String text = FeedWriter.write("Ellie", List.of(longOne), STAMP);

    for (String line : text.split("\r\n")) {
      int octets = line.getBytes(StandardCharsets.UTF_8).length;
      assertTrue(octets <= 75, octets + " octets: " + line);
    }
    VEvent event = events(text).get(0);
    assertEquals(title, value(event, Property.SUMMARY));
    assertEquals("TENTATIVE", value(event, Property.STATUS));
  }

  static Calendar parse(String text) throws IOException, ParserException {
    return new CalendarBuilder().build(new StringReader(text));
  }

  static List<VEvent> events(String text) throws IOException, ParserException {
    return parse(text).getComponents(Component.VEVENT);
  }

  static List<String> uids(String text) throws IOException, ParserException {
    return events(text).stream().map(e -> value(e, Property.UID)).toList();
  }

  static String value(VEvent event, String property) {
    return event.getProperty(property).orElseThrow().getValue();
  }
}
