package org.sendcpd.deployment.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.sendcpd.analysis.ClosingCourse;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.GroupGapAdvice;
import org.sendcpd.analysis.SchoolDays;
import org.sendcpd.deployment.control.DeploymentDraft;
import org.sendcpd.deployment.control.Deployments;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.training.control.BookingService;
import org.sendcpd.ui.ScreenMessages;
import org.sendcpd.workforce.control.SchoolAnalysis;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/**
 * What to do about one group-day gap: book someone already there onto a course that takes them to
 * enhanced, or deploy a holder from elsewhere to the group on that day.
 */
@Named
@ViewScoped
public class GapHelpView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A coming session someone could be booked on. */
  public record SessionOption(
      long sessionId, LocalDateTime startsAt, int freePlaces, boolean booked)
      implements Serializable {}

  /** A person deployed there one level short, what they hold and what closes it. */
  public record Nearly(
      long staffId,
      String name,
      String competence,
      String held,
      String course,
      List<SessionOption> sessions)
      implements Serializable {}

  /** A holder working elsewhere (or nowhere recorded) that day. */
  public record Elsewhere(long staffId, String name, String level, String groupsThatDay)
      implements Serializable {}

  @Inject WorkforceAnalyses analyses;
  @Inject Deployments deployments;
  @Inject BookingService bookings;
  @Inject ScreenMessages messages;

  private Long schoolId;
  private String group;
  private String area;
  private String day;
  private LocalDate date;
  private List<Nearly> nearly = List.of();
  private List<Elsewhere> elsewhere = List.of();

  public void load() {
    DayOfWeek weekday = SchoolDays.parse(day);
    if (schoolId == null || group == null || area == null || weekday == null) {
      throw new InvalidInputException("Open this page from a gap on the capacity or week screen");
    }
    if (date == null) {
      date = LocalDate.now();
    }
    SchoolAnalysis a = analyses.school(schoolId, date);
    GroupGapAdvice advice = a.adviseOnGap(group, area, weekday);
    List<Nearly> near = new ArrayList<>();
    for (GroupGapAdvice.NearlyThere n : advice.nearlyThere()) {
      CompetenceRef c = a.competence(n.competenceId());
      ClosingCourse course = n.closingCourses().isEmpty() ? null : n.closingCourses().get(0);
      near.add(
          new Nearly(
              n.staffId(),
              a.person(n.staffId()).name(),
              c.code() + " " + c.statement(),
              c.levelName(n.held()),
              course == null ? null : course.title(),
              course == null
                  ? List.of()
                  : course.nextSessions().stream()
                      .map(
                          s ->
                              new SessionOption(
                                  s.sessionId(), s.startsAt(), s.freePlaces(), s.personBooked()))
                      .toList()));
    }
    nearly = List.copyOf(near);
    elsewhere =
        advice.holdersElsewhere().stream()
            .map(
                h ->
                    new Elsewhere(
                        h.staffId(),
                        a.person(h.staffId()).name(),
                        "level " + h.level(),
                        String.join(", ", h.groupsThatDay())))
            .toList();
  }

  /** Books the person on the session; the page then shows them as booked. */
  public void book(long staffId, long sessionId) {
    try {
      bookings.bookPerson(sessionId, staffId, false);
      messages.info(messages.text("gapHelp.booked"));
    } catch (InvalidInputException e) {
      messages.refused(e);
    } catch (ConflictException e) {
      messages.refused(e);
    }
    load();
  }

  /** Deploys the holder to the group on the gap's day from the page's date. */
  public void deployHere(long staffId) {
    try {
      DayOfWeek weekday = SchoolDays.parse(day);
      deployments.add(staffId, new DeploymentDraft(group, EnumSet.of(weekday), date, null));
      messages.info(messages.text("gapHelp.deployed"));
    } catch (InvalidInputException e) {
      messages.refused(e);
    }
    load();
  }

  public String getDayName() {
    DayOfWeek weekday = SchoolDays.parse(day);
    return weekday == null ? "" : weekday.getDisplayName(TextStyle.FULL, Locale.UK);
  }

  public List<Nearly> getNearly() {
    return nearly;
  }

  public List<Elsewhere> getElsewhere() {
    return elsewhere;
  }

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }
}
