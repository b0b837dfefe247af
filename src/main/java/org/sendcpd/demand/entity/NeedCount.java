package org.sendcpd.demand.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.sendcpd.framework.entity.AreaOfNeed;
import org.sendcpd.platform.control.SchoolData;

/**
 * The number of pupils in a need profile whose primary need is in one area, and how many of them
 * have an EHC plan (so never more plans than pupils).
 */
@Entity
@Table(name = "need_count")
public class NeedCount implements SchoolData {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "profile_id")
  private NeedProfile profile;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "area_of_need")
  private AreaOfNeed areaOfNeed;

  @Min(0)
  private int pupils;

  @Min(0)
  @Column(name = "ehc_plans")
  private int ehcPlans;

  protected NeedCount() {}

  public NeedCount(NeedProfile profile, AreaOfNeed areaOfNeed, int pupils, int ehcPlans) {
    this.profile = profile;
    this.areaOfNeed = areaOfNeed;
    this.pupils = pupils;
    this.ehcPlans = ehcPlans;
  }

  @AssertTrue(message = "EHC plans are counted among the pupils, so cannot outnumber them")
  boolean isPlansWithinPupils() {
    return ehcPlans <= pupils;
  }

  public Long getId() {
    return id;
  }

  public NeedProfile getProfile() {
    return profile;
  }

  public AreaOfNeed getAreaOfNeed() {
    return areaOfNeed;
  }

  public int getPupils() {
    return pupils;
  }

  public void setPupils(int pupils) {
    this.pupils = pupils;
  }

  public int getEhcPlans() {
    return ehcPlans;
  }

  public void setEhcPlans(int ehcPlans) {
    this.ehcPlans = ehcPlans;
  }

  @Override
  public Set<Long> readBySchools() {
    return getProfile().readBySchools();
  }
}
