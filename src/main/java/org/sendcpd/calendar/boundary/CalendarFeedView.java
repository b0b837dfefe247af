package org.sendcpd.calendar.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URI;
import org.sendcpd.calendar.control.CalendarFeeds;
import org.sendcpd.calendar.entity.CalendarFeed;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.VisibleSchools;

/**
 * Calendar feeds: the signed-in person's secret feed address (and, for those who see the school,
 * the school calendar's), to create, replace or revoke.
 */
@Named
@ViewScoped
public class CalendarFeedView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CalendarFeeds feeds;
  @Inject VisibleSchools schools;
  @Inject CurrentUser user;
  @Inject ExternalContext external;

  private String personalUrl;
  private String schoolUrl;
  private Long schoolId;

  @PostConstruct
  void load() {
    URI api = apiBase();
    personalUrl = feeds.mine().map(f -> CalendarFeeds.url(api, f)).orElse(null);
    schoolId = user.isSchoolWide() ? schools.defaultSchool() : null;
    schoolUrl =
        schoolId == null
            ? null
            : feeds.ofSchool(schoolId).map(f -> CalendarFeeds.url(api, f)).orElse(null);
  }

  private URI apiBase() {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    return URI.create(request.getRequestURL().toString())
        .resolve(request.getContextPath() + "/api/");
  }

  public void createPersonal() {
    CalendarFeed feed = feeds.createMine();
    personalUrl = CalendarFeeds.url(apiBase(), feed);
  }

  public void revokePersonal() {
    feeds.revokeMine();
    personalUrl = null;
  }

  public void createSchool() {
    CalendarFeed feed = feeds.createForSchool(schoolId);
    schoolUrl = CalendarFeeds.url(apiBase(), feed);
  }

  public void revokeSchool() {
    feeds.revokeSchool(schoolId);
    schoolUrl = null;
  }

  public String getPersonalUrl() {
    return personalUrl;
  }

  /** The same address for calendar apps: webcal:// opens the app and subscribes. */
  public String webcal(String url) {
    return url == null ? null : url.replaceFirst("^https?://", "webcal://");
  }

  public String getSchoolUrl() {
    return schoolUrl;
  }

  public boolean isSchoolFeedOffered() {
    return schoolId != null;
  }
}
