package org.sendcpd.demand.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendcpd.analysis.SchoolDays;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.CompetenceLevel;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.platform.control.SchoolData;

/**
 * A minimum the school sets itself and checks continuously: at least {@code minHolders} adults in
 * post who validly hold a competence at a level, within a scope. Examples: "at least 2 adults hold
 * buccal midazolam for protocol P3 (Year 2)", "a paediatric first aider on every EYFS day".
 *
 * <p>The scope is text: a site, class or year group, or a protocol code; never a pupil's name. A
 * rule with dates applies only between them (a residential trip). A rule is breached on a date when
 * too few holders remain, and breached in future when a certificate lapses or a holder leaves.
 */
@Entity
@Table(name = "coverage_rule")
@NamedQuery(
    name = CoverageRule.FIND_BY_SCHOOL,
    query =
        "SELECT r FROM CoverageRule r JOIN FETCH r.competenceLevel.competence"
            + " WHERE r.school.id = :schoolId ORDER BY r.name")
public class CoverageRule implements SchoolData {

  public static final String FIND_BY_SCHOOL = "CoverageRule.findBySchool";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Raised by every save; saving a copy read before the last save is refused. */
  @Version
  @Column(name = "row_version")
  private int rowVersion;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "school_id")
  private School school;

  @NotBlank
  @Size(max = 200)
  private String name;

  @NotNull @Embedded private CompetenceLevel competenceLevel;

  @Min(1)
  @Column(name = "min_holders")
  private int minHolders;

  /** Where the rule applies: a site, class, year group or protocol code ("P3"); null = school. */
  @Size(max = 100)
  private String scope;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  private boolean active = true;

  /**
   * The school days the rule asks for, as "MON,TUE"; null for any day. A rule whose scope names a
   * group adults are deployed to is checked on each of these days (null: every school day).
   */
  @Size(max = 19)
  private String days;

  protected CoverageRule() {}

  public CoverageRule(
      School school, String name, Competence competence, int levelRank, int minHolders) {
    this.school = school;
    this.name = name;
    this.competenceLevel = new CompetenceLevel(competence, levelRank);
    this.minHolders = minHolders;
  }

  @AssertTrue(message = "a rule's end date cannot come before its start date")
  boolean isDateRangeInOrder() {
    return validFrom == null || validTo == null || !validTo.isBefore(validFrom);
  }

  /** True when the rule is to be checked on the date: active, and the date inside its range. */
  public boolean appliesOn(LocalDate date) {
    return active
        && (validFrom == null || !date.isBefore(validFrom))
        && (validTo == null || !date.isAfter(validTo));
  }

  public Long getId() {
    return id;
  }

  /** The row version: the API's ETag, and what a screen sends back to save its copy. */
  public int getRowVersion() {
    return rowVersion;
  }

  public School getSchool() {
    return school;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Competence getCompetence() {
    return competenceLevel.getCompetence();
  }

  public void setCompetence(Competence competence) {
    this.competenceLevel = new CompetenceLevel(competence, competenceLevel.getRank());
  }

  public int getLevelRank() {
    return competenceLevel.getRank();
  }

  public void setLevelRank(int levelRank) {
    this.competenceLevel = new CompetenceLevel(competenceLevel.getCompetence(), levelRank);
  }

  public int getMinHolders() {
    return minHolders;
  }

  public void setMinHolders(int minHolders) {
    this.minHolders = minHolders;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public void setValidTo(LocalDate validTo) {
    this.validTo = validTo;
  }

  public Set<DayOfWeek> getDays() {
    Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
    if (days != null) {
      for (String code : days.split(",")) {
        DayOfWeek day = SchoolDays.parse(code);
        if (day != null) {
          set.add(day);
        }
      }
    }
    return set;
  }

  /** The days the rule asks for; empty for any day. */
  public void setDays(Set<DayOfWeek> chosen) {
    this.days =
        chosen == null || chosen.isEmpty()
            ? null
            : chosen.stream().sorted().map(SchoolDays::code).collect(Collectors.joining(","));
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  @Override
  public Set<Long> readBySchools() {
    return SchoolData.schools(getSchool().getId());
  }
}
