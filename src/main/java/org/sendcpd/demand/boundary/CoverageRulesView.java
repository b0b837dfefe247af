package org.sendcpd.demand.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendcpd.analysis.SchoolDays;
import org.sendcpd.demand.control.CompetenceChoices;
import org.sendcpd.demand.control.CompetenceChoices.Catalogue;
import org.sendcpd.demand.control.CompetenceChoices.Level;
import org.sendcpd.demand.control.CompetenceChoices.Option;
import org.sendcpd.demand.control.CoverageRules;
import org.sendcpd.demand.entity.CoverageRule;
import org.sendcpd.organisation.control.VisibleSchools;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.StaleEditException;
import org.sendcpd.ui.ScreenMessages;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/** Coverage rules: the school's minimums, a dialog to create or edit one, and deactivation. */
@Named
@ViewScoped
public class CoverageRulesView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The key the page's confirmation messages show under. */
  static final String SAVED = "coverageRulesSaved";

  /** One rule as the table shows it. */
  public record Row(
      long id,
      int version,
      String name,
      String competenceCode,
      String statement,
      int level,
      String levelName,
      int minHolders,
      String scope,
      LocalDate from,
      LocalDate to,
      boolean active,
      List<String> days)
      implements Serializable {}

  @Inject CoverageRules rules;
  @Inject CompetenceChoices choices;
  @Inject VisibleSchools visibleSchools;
  @Inject WorkforceAnalyses gaps;
  @Inject FacesContext faces;
  @Inject ScreenMessages messages;

  private SchoolPicker picker;
  private Catalogue catalogue;
  private List<SelectItem> competenceItems = List.of();
  private List<Row> rows = List.of();
  private List<Breach> breaches = List.of();
  private RuleForm form = new RuleForm();
  // The rule as read into the dialog, to tell what someone else changed meanwhile.
  private Row opened;

  @PostConstruct
  void init() {
    picker = new SchoolPicker(visibleSchools);
  }

  /** Runs as the page's view action, so a refusal is answered before anything renders. */
  public void load() {
    if (picker.schoolId() == null) {
      rows = List.of();
      return;
    }
    List<CoverageRule> list = rules.inSchool(picker.schoolId());
    if (catalogue == null) {
      catalogue = choices.catalogue();
      competenceItems = groups(catalogue);
    }
    rows = list.stream().map(this::row).toList();
    breaches = Breach.of(gaps.school(picker.schoolId(), java.time.LocalDate.now()));
  }

  public List<Breach> getBreaches() {
    return breaches;
  }

  private Row row(CoverageRule r) {
    String code = r.getCompetence().getCode();
    Option option = catalogue.option(code);
    return new Row(
        r.getId(),
        r.getRowVersion(),
        r.getName(),
        code,
        option == null ? r.getCompetence().getStatement() : option.statement(),
        r.getLevelRank(),
        catalogue.levelName(code, r.getLevelRank()),
        r.getMinHolders(),
        r.getScope(),
        r.getValidFrom(),
        r.getValidTo(),
        r.isActive(),
        SchoolDays.WEEK.stream().filter(r.getDays()::contains).map(SchoolDays::code).toList());
  }

  /** Competences grouped by framework and area, retired frameworks marked. */
  static List<SelectItem> groups(Catalogue catalogue) {
    Map<String, List<SelectItem>> byGroup = new LinkedHashMap<>();
    for (Option o : catalogue.options()) {
      String group = o.framework() + (o.frameworkActive() ? "" : " (retired)") + " - " + o.area();
      byGroup
          .computeIfAbsent(group, g -> new ArrayList<>())
          .add(new SelectItem(o.code(), o.code() + "  " + o.statement()));
    }
    List<SelectItem> items = new ArrayList<>();
    byGroup.forEach(
        (label, list) ->
            items.add(new SelectItemGroup(label, null, false, list.toArray(SelectItem[]::new))));
    return items;
  }

  public void create() {
    form = new RuleForm();
  }

  public void edit(Row row) {
    opened = row;
    form = RuleForm.of(row);
  }

  /** A new competence may sit on another ladder: keep the level only if it is on the new one. */
  public void competenceChanged() {
    List<Level> ladder = getLevels();
    if (form.getLevel() == null || ladder.stream().noneMatch(l -> l.rank() == form.getLevel())) {
      form.setLevel(ladder.isEmpty() ? null : ladder.get(0).rank());
    }
  }

  public void save() {
    try {
      if (form.isNew()) {
        rules.create(picker.schoolId(), form.draft());
      } else if (rules
          .update(form.getId(), form.version, picker.schoolId(), form.draft())
          .isEmpty()) {
        error(text("coverageRules.gone"));
        return;
      }
    } catch (StaleEditException e) {
      keepInput(e);
      return;
    } catch (InvalidInputException e) {
      e.details().stream()
          .map(
              d ->
                  d instanceof Map<?, ?> m
                      ? m.get("field") + ": " + m.get("message")
                      : d.toString())
          .map(CoverageRulesView::readable)
          .forEach(this::error);
      if (e.details().isEmpty()) {
        error(e.getMessage());
      }
      return;
    }
    load();
    info(text("coverageRules.saved"), form.getName());
  }

  /**
   * Someone saved the rule after the dialog opened: say who, when and which fields, keep what the
   * person typed, and let the next save go over the rule as it is now.
   */
  private void keepInput(StaleEditException e) {
    Row now = row(rules.find(form.getId()).orElseThrow());
    messages.stale(e, RuleChanges.between(opened, now));
    opened = now;
    form.version = now.version();
  }

  public void deactivate(Row row) {
    rules.deactivate(row.id());
    load();
    info(text("coverageRules.deactivated"), row.name());
  }

  /** Names the API's fields as the dialog labels them. */
  static String readable(String message) {
    return message
        .replaceFirst("^name:", "Name:")
        .replaceFirst("^competenceCode:", "Competence:")
        .replaceFirst("^level:", "Level:")
        .replaceFirst("^minHolders:", "Minimum holders:")
        .replaceFirst("^scope:", "Scope:")
        .replaceFirst("^to:", "Until:")
        .replaceFirst("^from:", "From:")
        .replaceFirst("^schoolId:", "School:");
  }

  private void error(String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    faces.validationFailed();
  }

  private void info(String summary, String detail) {
    faces.addMessage(SAVED, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
  }

  private String text(String key) {
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }

  public List<Level> getLevels() {
    if (catalogue == null || form.getCompetenceCode() == null) {
      return List.of();
    }
    return catalogue.ladderOf(form.getCompetenceCode());
  }

  public List<SelectItem> getCompetenceItems() {
    return competenceItems;
  }

  public List<Row> getRows() {
    return rows;
  }

  public long getActiveCount() {
    return rows.stream().filter(Row::active).count();
  }

  public RuleForm getForm() {
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
