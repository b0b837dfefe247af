package org.sendcpd.impact.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendcpd.analysis.EvaluationAverages;
import org.sendcpd.analysis.ImpactChain;
import org.sendcpd.analysis.SchoolTerms;
import org.sendcpd.appraisal.control.DevelopmentPlans;
import org.sendcpd.appraisal.control.MeasureDraft;
import org.sendcpd.appraisal.control.PriorityMeasures;
import org.sendcpd.impact.control.PriorityImpact;
import org.sendcpd.impact.control.PriorityImpacts;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.platform.control.AccessDeniedException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.ui.ScreenMessages;

/**
 * The impact of CPD on one development-plan priority: the chain term by term (stages down the side,
 * terms across), its measures, and a form to enter this term's measure. Priorities of this academic
 * year and the last are offered.
 */
@Named
@ViewScoped
public class PriorityImpactView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A priority to choose. */
  public record Choice(long id, String label) implements Serializable {}

  /** One stage of the chain: its group (inputs, reaction...), its name and a cell per column. */
  public record ChainRow(String group, String label, List<String> cells, boolean firstOfGroup)
      implements Serializable {}

  @Inject PriorityImpacts impacts;
  @Inject PriorityMeasures measures;
  @Inject DevelopmentPlans plans;
  @Inject CurrentUser caller;
  @Inject ScreenMessages messages;

  private Long priority;
  private List<Choice> choices = List.of();
  private PriorityImpact impact;
  private List<String> columns = List.of();
  private List<ChainRow> rows = List.of();
  private boolean editable;
  private String lastGroup;

  private LocalDate takenOn;
  private String label;
  private BigDecimal value;
  private BigDecimal outOf;

  /** Runs on each GET: the priority comes from the URL (?priority=), else the first offered. */
  public void load() {
    Long school = caller.schoolId().orElseThrow(plans::denyNoSchool);
    LocalDate today = LocalDate.now();
    int year = SchoolTerms.startYearOf(today);
    List<Choice> offered = new ArrayList<>();
    for (int y : new int[] {year, year - 1}) {
      plans.priorities(school, SchoolTerms.label(y)).stream()
          .map(p -> new Choice(p.getId(), p.getTitle() + " (" + p.getAcademicYear() + ")"))
          .forEach(offered::add);
    }
    choices = offered;
    editable = plans.mayEdit(school);
    if (priority == null && !offered.isEmpty()) {
      priority = offered.get(0).id();
    }
    show();
  }

  /** Shows the chosen priority (after a choice in the menu). */
  public void show() {
    if (priority == null) {
      impact = null;
      rows = List.of();
      return;
    }
    impact = impacts.of(priority, LocalDate.now());
    List<ImpactChain.Link> links = new ArrayList<>(impact.terms());
    links.add(impact.year());
    columns = links.stream().map(l -> l.term().name()).toList();
    rows = rows(links);
  }

  public void addMeasure() {
    try {
      measures.add(priority, new MeasureDraft(takenOn, label, value, outOf));
      messages.info(messages.text("impact.measureSaved"));
      takenOn = null;
      label = null;
      value = null;
      outOf = null;
      show();
    } catch (InvalidInputException e) {
      messages.refused(e);
    } catch (AccessDeniedException e) {
      messages.error(e.getMessage());
    }
  }

  private List<ChainRow> rows(List<ImpactChain.Link> links) {
    List<ChainRow> list = new ArrayList<>();
    lastGroup = null;
    String hidden = messages.text("impact.hidden");
    list.add(
        row(
            "impact.inputs",
            "impact.peopleTrained",
            links,
            l -> String.valueOf(l.peopleTrained())));
    list.add(row("impact.inputs", "impact.cpdHours", links, l -> plain(l.cpdHours())));
    list.add(
        row(
            "impact.inputs",
            "impact.spend",
            links,
            l -> l.spend().setScale(2, RoundingMode.HALF_UP).toPlainString()));
    list.add(
        row(
            "impact.reaction",
            "impact.usefulness",
            links,
            l -> averaged(l.evaluation(), l.evaluation().usefulness(), hidden)));
    list.add(
        row(
            "impact.learning",
            "impact.confidenceBefore",
            links,
            l -> averaged(l.evaluation(), l.evaluation().confidenceBefore(), hidden)));
    list.add(
        row(
            "impact.learning",
            "impact.confidenceAfter",
            links,
            l -> averaged(l.evaluation(), l.evaluation().confidenceAfter(), hidden)));
    list.add(row("impact.use", "impact.tried", links, l -> String.valueOf(l.followUps().tried())));
    list.add(
        row("impact.use", "impact.embedded", links, l -> String.valueOf(l.followUps().embedded())));
    list.add(
        row("impact.use", "impact.notYet", links, l -> String.valueOf(l.followUps().notYet())));
    list.add(row("impact.use", "impact.due", links, l -> String.valueOf(l.followUps().due())));
    list.add(
        row(
            "impact.outcomes",
            "impact.measures",
            links,
            l ->
                l.term().name().equals("Year")
                    ? ""
                    : String.join(
                        "\n", l.measures().stream().map(PriorityImpactView::measure).toList())));
    return list;
  }

  private ChainRow row(
      String group,
      String label,
      List<ImpactChain.Link> links,
      java.util.function.Function<ImpactChain.Link, String> cell) {
    return new ChainRow(
        messages.text(group),
        messages.text(label),
        links.stream().map(cell).toList(),
        !group.equals(lastGroup) && (lastGroup = group) != null);
  }

  private static String averaged(EvaluationAverages e, Double figure, String hidden) {
    if (e.answers() == 0) {
      return "-";
    }
    return e.shown() ? figure + " (" + e.answers() + ")" : hidden + " (" + e.answers() + ")";
  }

  static String measure(ImpactChain.Measure m) {
    String text = m.label() + ": " + plain(m.value());
    return m.outOf() == null
        ? text
        : text + " of " + plain(m.outOf()) + " (" + m.percent().toPlainString() + "%)";
  }

  static String plain(BigDecimal n) {
    BigDecimal s = n.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
  }

  public List<ImpactChain.Measure> getMeasures() {
    return impact == null
        ? List.of()
        : impact.terms().stream().flatMap(l -> l.measures().stream()).toList();
  }

  public Long getPriority() {
    return priority;
  }

  public void setPriority(Long priority) {
    this.priority = priority;
  }

  public List<Choice> getChoices() {
    return choices;
  }

  public PriorityImpact getImpact() {
    return impact;
  }

  public List<String> getColumns() {
    return columns;
  }

  public List<ChainRow> getRows() {
    return rows;
  }

  public boolean isEditable() {
    return editable;
  }

  public LocalDate getTakenOn() {
    return takenOn;
  }

  public void setTakenOn(LocalDate takenOn) {
    this.takenOn = takenOn;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }

  public BigDecimal getOutOf() {
    return outOf;
  }

  public void setOutOf(BigDecimal outOf) {
    this.outOf = outOf;
  }
}
