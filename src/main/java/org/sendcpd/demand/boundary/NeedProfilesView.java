package org.sendcpd.demand.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sendcpd.demand.control.AreaCount;
import org.sendcpd.demand.control.NeedProfiles;
import org.sendcpd.demand.entity.NeedProfile;
import org.sendcpd.framework.entity.AreaOfNeed;
import org.sendcpd.organisation.control.VisibleSchools;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.StaleEditException;
import org.sendcpd.ui.ScreenMessages;

/** Pupil needs: the school's need profiles (counts only) and a dialog to edit or add one. */
@Named
@ViewScoped
public class NeedProfilesView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The key the page's confirmation messages show under. */
  static final String SAVED = "needProfilesSaved";

  /** Pupils and EHC plans of one area. */
  public record Cell(int pupils, int ehcPlans) implements Serializable {}

  /** One profile as the table shows it; cells in the order of {@link AreaOfNeed}. */
  public record Row(
      long id,
      int version,
      String yearGroup,
      boolean wholeSchool,
      LocalDate recordedOn,
      List<Cell> cells,
      int pupils,
      int ehcPlans)
      implements Serializable {}

  @Inject NeedProfiles profiles;
  @Inject VisibleSchools visibleSchools;
  @Inject FacesContext faces;
  @Inject ScreenMessages messages;

  private SchoolPicker picker;
  private List<Row> rows = List.of();
  private ProfileForm form = new ProfileForm();
  // The profile as read into the dialog, to tell what someone else changed meanwhile.
  private Row opened;

  @PostConstruct
  void init() {
    picker = new SchoolPicker(visibleSchools);
  }

  /** Runs as the page's view action, so a refusal is answered before anything renders. */
  public void load() {
    rows = picker.schoolId() == null ? List.of() : rows(profiles.inSchool(picker.schoolId()));
  }

  static List<Row> rows(List<NeedProfile> list) {
    List<Row> result = new ArrayList<>();
    for (NeedProfile p : list) {
      List<Cell> cells = new ArrayList<>();
      for (AreaOfNeed area : AreaOfNeed.values()) {
        cells.add(
            p.countFor(area)
                .map(c -> new Cell(c.getPupils(), c.getEhcPlans()))
                .orElse(new Cell(0, 0)));
      }
      result.add(
          new Row(
              p.getId(),
              p.getRowVersion(),
              p.getYearGroup(),
              p.isWholeSchool(),
              p.getRecordedOn(),
              cells,
              cells.stream().mapToInt(Cell::pupils).sum(),
              cells.stream().mapToInt(Cell::ehcPlans).sum()));
    }
    return result;
  }

  public void edit(Row row) {
    opened = row;
    form = new ProfileForm();
    form.version = row.version();
    form.setYearGroup(row.yearGroup());
    form.existing = true;
    form.wholeSchool = row.wholeSchool();
    for (AreaOfNeed area : AreaOfNeed.values()) {
      Cell cell = row.cells().get(area.ordinal());
      form.counts.add(new ProfileForm.CountForm(area, cell.pupils(), cell.ehcPlans()));
    }
  }

  public void addYearGroup() {
    opened = null;
    form = ProfileForm.blank(false);
  }

  public void addWholeSchool() {
    opened = null;
    form = ProfileForm.blank(true);
  }

  public void save() {
    if (!form.wholeSchool && (form.getYearGroup() == null || form.getYearGroup().isBlank())) {
      error(text("needProfiles.yearGroupRequired"));
      return;
    }
    if (!form.existing && !form.wholeSchool && exists(form.getYearGroup())) {
      error(form.getYearGroup().strip() + ": " + text("needProfiles.yearGroupExists"));
      return;
    }
    List<AreaCount> counts =
        form.counts.stream()
            .map(
                c ->
                    new AreaCount(
                        c.area,
                        c.getPupils() == null ? 0 : c.getPupils(),
                        c.getEhcPlans() == null ? 0 : c.getEhcPlans()))
            .toList();
    try {
      profiles.save(
          picker.schoolId(), form.wholeSchool ? null : form.getYearGroup(), counts, form.version);
    } catch (StaleEditException e) {
      keepInput(e);
      return;
    } catch (InvalidInputException e) {
      e.details().stream()
          .map(d -> d instanceof Map<?, ?> m ? String.valueOf(m.get("message")) : d.toString())
          .forEach(this::error);
      if (e.details().isEmpty()) {
        error(e.getMessage());
      }
      return;
    }
    load();
    faces.addMessage(
        SAVED,
        new FacesMessage(
            FacesMessage.SEVERITY_INFO,
            text("needProfiles.saved"),
            form.getTitle() + ": " + text("needProfiles.savedDetail")));
  }

  /**
   * Someone saved the profile after the dialog opened: say who, when and which areas, keep what the
   * person typed, and let the next save go over the profile as it is now.
   */
  private void keepInput(StaleEditException e) {
    Row now = rows(profiles.find(opened.id()).stream().toList()).get(0);
    List<String> changed = new ArrayList<>();
    for (AreaOfNeed area : AreaOfNeed.values()) {
      if (!now.cells().get(area.ordinal()).equals(opened.cells().get(area.ordinal()))) {
        changed.add(area.label());
      }
    }
    messages.stale(e, changed);
    opened = now;
    form.version = now.version();
  }

  private boolean exists(String yearGroup) {
    return rows.stream()
        .anyMatch(r -> r.yearGroup() != null && r.yearGroup().equalsIgnoreCase(yearGroup.strip()));
  }

  private String text(String key) {
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }

  private void error(String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    faces.validationFailed();
  }

  public List<Row> getRows() {
    return rows;
  }

  public boolean isHasWholeSchool() {
    return rows.stream().anyMatch(Row::wholeSchool);
  }

  /** Sums of the year-group and class profiles (not the whole-school one), per area. */
  public List<Cell> getGroupTotals() {
    List<Cell> totals = new ArrayList<>();
    for (AreaOfNeed area : AreaOfNeed.values()) {
      int i = area.ordinal();
      totals.add(
          new Cell(
              groups().mapToInt(r -> r.cells().get(i).pupils()).sum(),
              groups().mapToInt(r -> r.cells().get(i).ehcPlans()).sum()));
    }
    return totals;
  }

  public int getGroupPupils() {
    return groups().mapToInt(Row::pupils).sum();
  }

  public int getGroupEhcPlans() {
    return groups().mapToInt(Row::ehcPlans).sum();
  }

  private java.util.stream.Stream<Row> groups() {
    return rows.stream().filter(r -> !r.wholeSchool());
  }

  public List<String> getAreaLabels() {
    return java.util.Arrays.stream(AreaOfNeed.values()).map(AreaOfNeed::label).toList();
  }

  public ProfileForm getForm() {
    return form;
  }

  public List<VisibleSchools.Option> getSchools() {
    return picker.schools();
  }

  public Long getSchoolId() {
    return picker.schoolId();
  }

  public void setSchoolId(Long schoolId) {
    picker.choose(schoolId);
  }
}
