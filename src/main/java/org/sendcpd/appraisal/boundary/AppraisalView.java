package org.sendcpd.appraisal.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sendcpd.appraisal.control.AppraisalBooking;
import org.sendcpd.appraisal.control.AppraisalSheet;
import org.sendcpd.appraisal.control.Appraisals;
import org.sendcpd.appraisal.control.DevelopmentPlans;
import org.sendcpd.appraisal.control.ObjectiveProgress;
import org.sendcpd.appraisal.control.Objectives;
import org.sendcpd.appraisal.control.TargetProgress;
import org.sendcpd.appraisal.entity.ReviewPoint;
import org.sendcpd.demand.control.CompetenceChoices;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;

/**
 * An appraisal (?id= or ?staffId=, or the caller's own): objectives with the record beside each
 * target, a form for the manager to add one, booking onto a session that closes a gap, notes.
 */
@Named
@ViewScoped
public class AppraisalView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Appraisals appraisals;
  @Inject Objectives objectives;
  @Inject ObjectiveProgress progress;
  @Inject AppraisalBooking booking;
  @Inject DevelopmentPlans plans;
  @Inject CompetenceChoices choices;
  @Inject StaffService staff;
  @Inject CurrentUser caller;
  @Inject FacesContext faces;

  private Long id;
  private Long staffId;
  private AppraisalSheet sheet;
  private Map<Long, List<TargetProgress>> targets = Map.of();
  private ObjectiveForm form = new ObjectiveForm();
  private CompetenceChoices.Catalogue catalogue;
  private List<SelectItem> priorityItems = List.of();
  private ReviewPoint reviewPoint = ReviewPoint.MID_YEAR;
  private String reviewNote;
  private Long noteObjectiveId;

  /** The page's view action: the appraisal named by id, else the person's latest. */
  public void load() {
    if (id != null) {
      sheet = appraisals.read(id);
    } else {
      long whose = staffId != null ? staffId : caller.staffId().orElse(-1L);
      sheet = staff.find(whose).flatMap(appraisals::latestOf).orElse(null);
    }
    if (sheet != null) {
      id = sheet.id();
      targets = progress.of(sheet, LocalDate.now());
      if (sheet.editable()) {
        priorityItems =
            plans.priorities(sheet.schoolId(), sheet.academicYear()).stream()
                .map(p -> new SelectItem(p.getId(), p.getTitle()))
                .toList();
      }
    }
  }

  public void addObjective() {
    try {
      objectives.add(id, form.draft());
      form = new ObjectiveForm();
      reload();
      info("appraisal.objectiveAdded");
    } catch (InvalidInputException e) {
      error(e.getMessage() + " " + e.details());
    }
  }

  public void book(long objectiveId, long sessionId) {
    try {
      booking.book(objectiveId, sessionId);
      reload();
      info("appraisal.booked.done");
    } catch (InvalidInputException | ConflictException e) {
      error(e.getMessage());
    }
  }

  public void addNote() {
    try {
      if (noteObjectiveId == null) {
        throw new InvalidInputException("Choose the objective the note is about");
      }
      objectives.review(noteObjectiveId, reviewPoint, reviewNote, LocalDate.now());
      reviewNote = null;
      reload();
      info("appraisal.noteAdded");
    } catch (InvalidInputException e) {
      error(e.getMessage());
    }
  }

  private void reload() {
    staffId = null;
    load();
  }

  public List<TargetProgress> targetsOf(long objectiveId) {
    return targets.getOrDefault(objectiveId, List.of());
  }

  public List<SelectItem> getCompetenceItems() {
    return catalogue().options().stream()
        .map(o -> new SelectItem(o.code(), o.code() + " " + o.statement()))
        .toList();
  }

  public List<CompetenceChoices.Level> levelsOf(String code) {
    return code == null ? List.of() : catalogue().ladderOf(code);
  }

  private CompetenceChoices.Catalogue catalogue() {
    if (catalogue == null) {
      catalogue = choices.catalogue();
    }
    return catalogue;
  }

  private void info(String key) {
    String text = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  private void error(String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  public ReviewPoint[] getReviewPoints() {
    return ReviewPoint.values();
  }

  public AppraisalSheet getSheet() {
    return sheet;
  }

  public ObjectiveForm getForm() {
    return form;
  }

  public List<SelectItem> getPriorityItems() {
    return priorityItems;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getStaffId() {
    return staffId;
  }

  public void setStaffId(Long staffId) {
    this.staffId = staffId;
  }

  public ReviewPoint getReviewPoint() {
    return reviewPoint;
  }

  public void setReviewPoint(ReviewPoint reviewPoint) {
    this.reviewPoint = reviewPoint;
  }

  public String getReviewNote() {
    return reviewNote;
  }

  public void setReviewNote(String reviewNote) {
    this.reviewNote = reviewNote;
  }

  public Long getNoteObjectiveId() {
    return noteObjectiveId;
  }

  public void setNoteObjectiveId(Long noteObjectiveId) {
    this.noteObjectiveId = noteObjectiveId;
  }
}
