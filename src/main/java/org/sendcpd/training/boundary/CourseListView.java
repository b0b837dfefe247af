package org.sendcpd.training.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.VisibleSchools;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.StaleEditException;
import org.sendcpd.training.control.CourseCatalogue;
import org.sendcpd.training.control.LevelNames;
import org.sendcpd.training.control.TrainingAccess;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.ui.ScreenMessages;

/**
 * The course catalogue: the school's courses and the trust's shared ones. Planners add and change
 * courses and their outcomes in a dialog; everyone else who works at the school reads the list.
 */
@Named
@ViewScoped
public class CourseListView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CourseCatalogue catalogue;
  @Inject CourseOptions options;
  @Inject LevelNames levelNames;
  @Inject TrainingAccess access;
  @Inject VisibleSchools schools;
  @Inject CurrentUser caller;
  @Inject ScreenMessages messages;

  private Long schoolId;
  private boolean planner;
  private boolean trustWide;
  private List<CourseRow> rows = List.of();
  private CourseForm form = new CourseForm();
  private CourseOptions.Choices choices;

  /** The page's view action: refuses callers who may not read the school's catalogue. */
  public void load() {
    if (schoolId == null) {
      schoolId = caller.schoolId().orElseGet(schools::requireDefaultSchool);
    }
    access.requireRead(schoolId);
    planner = access.mayPlan(schoolId);
    trustWide = access.mayPlan(null);
    Map<String, String> names = levelNames.all();
    rows = catalogue.forSchool(schoolId).stream().map(c -> CourseRow.of(c, names)).toList();
  }

  public void create() {
    form = new CourseForm();
    form.addOutcome();
  }

  public void edit(long id) {
    catalogue.find(id).ifPresent(c -> form = CourseForm.of(c));
  }

  public void save() {
    boolean saved = false;
    try {
      if (form.isNew()) {
        catalogue.create(form.draft(schoolId));
      } else {
        catalogue.update(form.getId(), form.getVersion(), form.draft(schoolId));
      }
      messages.info(messages.text("courses.saved"));
      saved = true;
      load();
    } catch (InvalidInputException e) {
      messages.refused(e);
    } catch (StaleEditException e) {
      // The person's input stays in the dialog; saving again saves it over the current course.
      messages.stale(e, List.of());
      form.rebase(catalogue.find(form.getId()).orElseThrow().getRowVersion());
    } catch (ConflictException e) {
      messages.refused(e);
    }
    PrimeFaces.current().ajax().addCallbackParam("saved", saved);
  }

  public void deactivate(long id) {
    catalogue.deactivate(id);
    messages.info(messages.text("courses.deactivated"));
    load();
  }

  public boolean mayEdit(CourseRow row) {
    return row.shared() ? trustWide : planner;
  }

  public String validity(CourseRow row) {
    return row.validityMonths() == null
        ? messages.text("courses.noExpiry")
        : row.validityMonths() + " " + messages.text("courses.months");
  }

  public List<SelectItem> getCompetences() {
    return choices().competences();
  }

  public List<SelectItem> levelsOf(String competenceCode) {
    return competenceCode == null
        ? List.of()
        : choices().levels().getOrDefault(competenceCode, List.of());
  }

  private CourseOptions.Choices choices() {
    if (choices == null) {
      choices = options.choices();
    }
    return choices;
  }

  public List<SelectItem> getDeliveries() {
    return Arrays.stream(DeliveryType.values())
        .map(d -> new SelectItem(d, messages.text("delivery." + d.name())))
        .toList();
  }

  public String deliveryLabel(DeliveryType delivery) {
    return messages.text("delivery." + delivery.name());
  }

  public List<CourseRow> getRows() {
    return rows;
  }

  public CourseForm getForm() {
    return form;
  }

  public boolean isPlanner() {
    return planner;
  }

  public boolean isTrustWide() {
    return trustWide;
  }
}
