package org.sendcpd.demand.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sendcpd.framework.entity.AreaOfNeed;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.platform.control.SchoolData;

/**
 * The school's pupils by primary area of need, for the whole school or one year group or class, as
 * recorded on a date (usually from the census). It holds counts only: no pupil's name ever enters
 * this system. Capacity reports set the adults trained to enhanced or above in an area against the
 * pupils whose primary need falls in it.
 *
 * <p>A school has at most one profile per year group and one for the whole school (year group
 * empty); the database cannot enforce the latter, because both Derby and PostgreSQL let NULLs
 * repeat in a unique constraint, so the service that saves profiles does.
 */
@Entity
@Table(name = "need_profile")
@NamedQuery(
    name = NeedProfile.FIND_BY_SCHOOL,
    query =
        "SELECT DISTINCT p FROM NeedProfile p LEFT JOIN FETCH p.counts"
            + " WHERE p.school.id = :schoolId ORDER BY p.yearGroup")
public class NeedProfile implements SchoolData {

  public static final String FIND_BY_SCHOOL = "NeedProfile.findBySchool";

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

  /** "Year 2", "Oak class", or null for the whole school. */
  @Size(max = 50)
  @Column(name = "year_group")
  private String yearGroup;

  @NotNull
  @Column(name = "recorded_on")
  private LocalDate recordedOn;

  @Valid
  @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<NeedCount> counts = new ArrayList<>();

  protected NeedProfile() {}

  public NeedProfile(School school, String yearGroup, LocalDate recordedOn) {
    this.school = school;
    this.yearGroup = yearGroup;
    this.recordedOn = recordedOn;
  }

  /** Sets the counts for one area, replacing what was there. */
  public NeedCount setCount(AreaOfNeed area, int pupils, int ehcPlans) {
    NeedCount count = countFor(area).orElse(null);
    if (count == null) {
      count = new NeedCount(this, area, pupils, ehcPlans);
      counts.add(count);
    } else {
      count.setPupils(pupils);
      count.setEhcPlans(ehcPlans);
    }
    return count;
  }

  public Optional<NeedCount> countFor(AreaOfNeed area) {
    return counts.stream().filter(c -> c.getAreaOfNeed() == area).findFirst();
  }

  public boolean isWholeSchool() {
    return yearGroup == null;
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

  public String getYearGroup() {
    return yearGroup;
  }

  public LocalDate getRecordedOn() {
    return recordedOn;
  }

  public void setRecordedOn(LocalDate recordedOn) {
    this.recordedOn = recordedOn;
  }

  public List<NeedCount> getCounts() {
    return Collections.unmodifiableList(counts);
  }

  @Override
  public Set<Long> readBySchools() {
    return SchoolData.schools(getSchool().getId());
  }
}
