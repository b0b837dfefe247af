package org.sendcpd.training.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.sendcpd.analysis.FollowUpStage;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.platform.control.AccessDeniedException;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.training.control.FollowUpItem;
import org.sendcpd.training.control.FollowUps;
import org.sendcpd.training.control.SessionEvaluations;
import org.sendcpd.ui.ScreenMessages;

/**
 * After training: a person's follow-ups (say what will change, then whether it did), the follow-ups
 * of the people they line-manage, and the sessions they attended and have not rated yet.
 */
@Named
@ViewScoped
public class FollowUpsView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Training this recent without a plan is offered for one. */
  static final int PLAN_WEEKS_BACK = 12;

  /** A record the person may still plan a change for. */
  public record Unplanned(long recordId, String title, LocalDate completedOn)
      implements Serializable {}

  /** A session the person attended and may rate. */
  public record ToRate(long sessionId, String course, LocalDateTime startsAt)
      implements Serializable {}

  @Inject FollowUps followUps;
  @Inject SessionEvaluations evaluations;
  @Inject CurrentUser caller;
  @Inject ScreenMessages messages;

  private List<FollowUpItem> mine = List.of();
  private List<FollowUpItem> reports = List.of();
  private List<Unplanned> unplanned = List.of();
  private List<ToRate> toRate = List.of();
  private List<FollowUps.AreaChoice> areas = List.of();

  private Long recordId;
  private String recordTitle;
  private FollowUpStage stage;
  private String note;
  private String intendedChange;
  private String areaCode;

  private Long sessionId;
  private String sessionTitle;
  private Integer usefulness;
  private Integer confidenceBefore;
  private Integer confidenceAfter;
  private String comment;

  @PostConstruct
  void load() {
    long me = caller.staffId().orElse(-1L);
    LocalDate today = followUps.today();
    List<FollowUpItem> own = new ArrayList<>();
    List<FollowUpItem> theirs = new ArrayList<>();
    for (var f : followUps.forMeAndMyReports()) {
      FollowUpItem item = FollowUpItem.of(f, today);
      (item.staffId() == me ? own : theirs).add(item);
    }
    mine = own;
    reports = theirs;
    unplanned =
        followUps.unplanned(today.minusWeeks(PLAN_WEEKS_BACK)).stream()
            .map(r -> new Unplanned(r.getId(), r.getTitle(), r.getCompletedOn()))
            .toList();
    toRate =
        evaluations.toEvaluate().stream()
            .map(s -> new ToRate(s.getId(), s.getCourse().getTitle(), s.getStartsAt()))
            .toList();
    caller.staff().ifPresent(person -> areas = followUps.areas(person));
  }

  public void startAnswer(FollowUpItem item) {
    recordId = item.recordId();
    recordTitle = item.training() + " (" + item.person() + ")";
    stage = item.stage();
    note = item.note();
  }

  public void answer() {
    try {
      followUps.answer(recordId, stage, note);
      messages.info(messages.text("followUp.answered"));
      load();
    } catch (InvalidInputException e) {
      messages.refused(e);
    } catch (AccessDeniedException e) {
      messages.error(e.getMessage());
    }
  }

  public void startPlan(Unplanned record) {
    recordId = record.recordId();
    recordTitle = record.title();
    intendedChange = null;
    areaCode = null;
  }

  public void plan() {
    try {
      followUps.plan(recordId, intendedChange, areaCode);
      messages.info(messages.text("followUp.planned"));
      load();
    } catch (InvalidInputException e) {
      messages.refused(e);
    } catch (AccessDeniedException e) {
      messages.error(e.getMessage());
    }
  }

  public void startRating(ToRate session) {
    sessionId = session.sessionId();
    sessionTitle = session.course();
    usefulness = null;
    confidenceBefore = null;
    confidenceAfter = null;
    comment = null;
  }

  public void rate() {
    try {
      evaluations.evaluate(sessionId, usefulness, confidenceBefore, confidenceAfter, comment);
      messages.info(messages.text("evaluation.thanks"));
      load();
    } catch (InvalidInputException e) {
      messages.refused(e);
    } catch (ConflictException e) {
      messages.refused(e);
      load();
    } catch (AccessDeniedException e) {
      messages.error(e.getMessage());
    }
  }

  public FollowUpStage[] getStages() {
    return FollowUpStage.values();
  }

  public List<FollowUpItem> getMine() {
    return mine;
  }

  public List<FollowUpItem> getReports() {
    return reports;
  }

  public List<Unplanned> getUnplanned() {
    return unplanned;
  }

  public List<ToRate> getToRate() {
    return toRate;
  }

  public List<FollowUps.AreaChoice> getAreas() {
    return areas;
  }

  public String getRecordTitle() {
    return recordTitle;
  }

  public FollowUpStage getStage() {
    return stage;
  }

  public void setStage(FollowUpStage stage) {
    this.stage = stage;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getIntendedChange() {
    return intendedChange;
  }

  public void setIntendedChange(String intendedChange) {
    this.intendedChange = intendedChange;
  }

  public String getAreaCode() {
    return areaCode;
  }

  public void setAreaCode(String areaCode) {
    this.areaCode = areaCode;
  }

  public String getSessionTitle() {
    return sessionTitle;
  }

  public Integer getUsefulness() {
    return usefulness;
  }

  public void setUsefulness(Integer usefulness) {
    this.usefulness = usefulness;
  }

  public Integer getConfidenceBefore() {
    return confidenceBefore;
  }

  public void setConfidenceBefore(Integer confidenceBefore) {
    this.confidenceBefore = confidenceBefore;
  }

  public Integer getConfidenceAfter() {
    return confidenceAfter;
  }

  public void setConfidenceAfter(Integer confidenceAfter) {
    this.confidenceAfter = confidenceAfter;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
