package org.sendcpd.calendar.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * Writes a feed as an RFC 5545 calendar with ical4j: one VEVENT per event, times in Europe/London
 * with its VTIMEZONE (so a calendar app abroad still shows the school's times), lines folded at 75
 * octets and text escaped by the library.
 */
public final class FeedWriter {

  /** Schools of this application keep English time. */
  public static final String ZONE = "Europe/London";

  static final String PRODUCT = "-//SEND CPD//Training calendar//EN";

  private static final TimeZoneRegistry ZONES =
      TimeZoneRegistryFactory.getInstance().createRegistry();

  private FeedWriter() {}

  /** The calendar text of the events, named for calendar apps, stamped at the given time. */
  public static String write(String name, List<FeedEvent> events, Instant stamp) {
    TimeZone london = ZONES.getTimeZone(ZONE);
    Calendar calendar =
        new Calendar()
            .withProdId(PRODUCT)
            .withDefaults()
            .withProperty(ImmutableMethod.PUBLISH)
            .withProperty(new XProperty("X-WR-CALNAME", name))
            .withProperty(new XProperty("X-WR-TIMEZONE", ZONE))
            .withComponent(london.getVTimeZone())
            .getFluentTarget();
    for (FeedEvent event : events) {
      calendar.add(vevent(event, stamp));
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static VEvent vevent(FeedEvent event, Instant stamp) {
    ZoneId zone = ZoneId.of(ZONE);
    VEvent vevent =
        new VEvent(
            ZonedDateTime.of(event.startsAt(), zone),
            ZonedDateTime.of(event.endsAt(), zone),
            event.summary());
    vevent.add(new Uid(event.uid()));
    vevent.replace(new DtStamp(stamp)); // ical4j stamps a new event with the clock
    vevent.add(new Sequence(event.sequence()));
    vevent.add(status(event.status()));
    if (event.location() != null && !event.location().isBlank()) {
      vevent.add(new Location(event.location()));
    }
    if (event.description() != null) {
      vevent.add(new Description(event.description()));
    }
    if (event.link() != null) {
      vevent.add(new Url(event.link()));
    }
    return vevent;
  }

  private static Status status(FeedEvent.Status status) {
    return switch (status) {
      case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
      case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
      case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
    };
  }
}
