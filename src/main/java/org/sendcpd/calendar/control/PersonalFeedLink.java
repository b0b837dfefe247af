package org.sendcpd.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.sendcpd.organisation.control.PersonalLinks;

/** Adds the caller's iCalendar feed, once they have one, to the links of /api/me. */
@ApplicationScoped
public class PersonalFeedLink {

  @Inject CalendarFeeds feeds;

  void addFeed(@Observes PersonalLinks links) {
    feeds
        .mine()
        .ifPresent(f -> links.put(PersonalLinks.CALENDAR, CalendarFeeds.url(links.apiBase(), f)));
  }
}
