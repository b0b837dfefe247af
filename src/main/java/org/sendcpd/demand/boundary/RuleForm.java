package org.sendcpd.demand.boundary;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sendcpd.analysis.SchoolDays;
import org.sendcpd.demand.control.RuleDraft;

/** The coverage-rule dialog's fields; id null for a new rule. */
public class RuleForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private String name;
  private String competenceCode;
  private Integer level;
  private Integer minHolders = 1;
  private String scope;
  private LocalDate from;
  private LocalDate to;
  private boolean active = true;
  private List<String> days = new ArrayList<>();
  // The rule's version when the dialog opened; null for a new rule.
  Integer version;

  static RuleForm of(CoverageRulesView.Row row) {
    RuleForm form = new RuleForm();
    form.id = row.id();
    form.version = row.version();
    form.name = row.name();
    form.competenceCode = row.competenceCode();
    form.level = row.level();
    form.minHolders = row.minHolders();
    form.scope = row.scope();
    form.from = row.from();
    form.to = row.to();
    form.active = row.active();
    form.days = new ArrayList<>(row.days());
    return form;
  }

  RuleDraft draft() {
    Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
    days.stream().map(SchoolDays::parse).filter(d -> d != null).forEach(chosen::add);
    return new RuleDraft(name, competenceCode, level, minHolders, scope, from, to, active, chosen);
  }

  /** The days the rule asks for, as codes (MON to FRI); none chosen: any day. */
  public List<String> getDays() {
    return days;
  }

  public void setDays(List<String> days) {
    this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCompetenceCode() {
    return competenceCode;
  }

  public void setCompetenceCode(String competenceCode) {
    this.competenceCode = competenceCode;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }

  public Integer getMinHolders() {
    return minHolders;
  }

  public void setMinHolders(Integer minHolders) {
    this.minHolders = minHolders;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
