package org.sendcpd.appraisal.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sendcpd.appraisal.control.DevelopmentPlans;
import org.sendcpd.appraisal.control.PriorityDraft;
import org.sendcpd.appraisal.control.Swot;
import org.sendcpd.appraisal.entity.ActionStatus;
import org.sendcpd.appraisal.entity.DevelopmentPlan;
import org.sendcpd.appraisal.entity.PriorityAction;
import org.sendcpd.framework.entity.AreaOfNeed;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.VisibleSchools;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.StaleEditException;
import org.sendcpd.ui.ScreenMessages;

/** The SEND development plan: SWOT, priorities and their actions; the SENCO and head edit. */
@Named
@ViewScoped
public class DevelopmentPlanView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A priority with its actions, as the page shows it. */
  public record Row(
      long id,
      String title,
      AreaOfNeed areaOfNeed,
      String successMeasure,
      String owner,
      String timescale,
      String status,
      List<Action> actions)
      implements Serializable {}

  /** One action under a priority. */
  public record Action(long id, String text, LocalDate dueOn, ActionStatus status)
      implements Serializable {}

  @Inject DevelopmentPlans plans;
  @Inject VisibleSchools schools;
  @Inject CurrentUser caller;
  @Inject ScreenMessages messages;

  private long schoolId;
  private String year;
  private boolean editable;
  private String strengths;
  private String weaknesses;
  private String opportunities;
  private String threats;
  private List<Row> rows = List.of();
  private PriorityDraftForm priority = new PriorityDraftForm();
  private Long actionPriorityId;
  private String actionText;
  private LocalDate actionDue;
  // The SWOT as last read and its version (null while none is saved), to tell what others changed.
  private Swot swotAsRead;
  private Integer swotVersion;

  public void load() {
    Long school = caller.schoolId().orElseGet(schools::defaultSchool);
    if (school == null) {
      throw plans.denyNoSchool();
    }
    schoolId = school;
    year = plans.currentYear(schoolId, LocalDate.now());
    editable = plans.mayEdit(schoolId);
    DevelopmentPlan plan = plans.plan(schoolId, year);
    readSwot(plan);
    strengths = plan.getStrengths();
    weaknesses = plan.getWeaknesses();
    opportunities = plan.getOpportunities();
    threats = plan.getThreats();
    Map<Long, List<Action>> actions =
        plans.actions(schoolId, year).stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.getPriority().getId(),
                    Collectors.mapping(DevelopmentPlanView::action, Collectors.toList())));
    rows =
        plans.priorities(schoolId, year).stream()
            .map(
                p ->
                    new Row(
                        p.getId(),
                        p.getTitle(),
                        p.getAreaOfNeed(),
                        p.getSuccessMeasure(),
                        p.getOwner() == null ? null : p.getOwner().getFullName(),
                        p.getTimescale(),
                        p.getStatus().name(),
                        actions.getOrDefault(p.getId(), List.of())))
            .toList();
  }

  private static Action action(PriorityAction a) {
    return new Action(a.getId(), a.getText(), a.getDueOn(), a.getStatus());
  }

  private void readSwot(DevelopmentPlan plan) {
    swotAsRead = Swot.of(plan);
    swotVersion = plan.getId() == null ? null : plan.getRowVersion();
  }

  public void saveSwot() {
    Swot typed = new Swot(strengths, weaknesses, opportunities, threats);
    try {
      run(() -> plans.saveSwot(schoolId, year, typed, swotVersion));
    } catch (StaleEditException e) {
      // The person's text stays in the boxes; saving again saves it over the plan as it is now.
      DevelopmentPlan now = plans.plan(schoolId, year);
      messages.stale(e, Swot.of(now).changedFrom(swotAsRead));
      readSwot(now);
    }
  }

  public void addPriority() {
    run(
        () ->
            plans.addPriority(
                new PriorityDraft(
                    schoolId,
                    year,
                    priority.getTitle(),
                    priority.getAreaOfNeed(),
                    priority.getSuccessMeasure(),
                    null,
                    priority.getTimescale(),
                    null)));
    priority = new PriorityDraftForm();
  }

  public void addAction() {
    run(
        () ->
            plans.addAction(
                actionPriorityId == null ? -1 : actionPriorityId, actionText, actionDue));
    actionText = null;
    actionDue = null;
  }

  public void setStatus(long actionId, String status) {
    run(() -> plans.setActionStatus(actionId, ActionStatus.valueOf(status)));
  }

  /** Saves a change and reads the plan again; a refusal is shown field by field. */
  private void run(Runnable change) {
    try {
      change.run();
      load();
      messages.info("Saved");
    } catch (InvalidInputException e) {
      messages.refused(e);
    } catch (StaleEditException e) {
      throw e;
    } catch (ConflictException e) {
      messages.refused(e);
    }
  }

  public AreaOfNeed[] getAreas() {
    return AreaOfNeed.values();
  }

  public ActionStatus[] getActionStatuses() {
    return ActionStatus.values();
  }

  public String getYear() {
    return year;
  }

  public boolean isEditable() {
    return editable;
  }

  public List<Row> getRows() {
    return rows;
  }

  public PriorityDraftForm getPriority() {
    return priority;
  }

  public String getStrengths() {
    return strengths;
  }

  public void setStrengths(String strengths) {
    this.strengths = strengths;
  }

  public String getWeaknesses() {
    return weaknesses;
  }

  public void setWeaknesses(String weaknesses) {
    this.weaknesses = weaknesses;
  }

  public String getOpportunities() {
    return opportunities;
  }

  public void setOpportunities(String opportunities) {
    this.opportunities = opportunities;
  }

  public String getThreats() {
    return threats;
  }

  public void setThreats(String threats) {
    this.threats = threats;
  }

  public Long getActionPriorityId() {
    return actionPriorityId;
  }

  public void setActionPriorityId(Long actionPriorityId) {
    this.actionPriorityId = actionPriorityId;
  }

  public String getActionText() {
    return actionText;
  }

  public void setActionText(String actionText) {
    this.actionText = actionText;
  }

  public LocalDate getActionDue() {
    return actionDue;
  }

  public void setActionDue(LocalDate actionDue) {
    this.actionDue = actionDue;
  }
}
