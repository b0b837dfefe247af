package org.sendcpd.demand.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.sendcpd.framework.entity.AreaOfNeed;

/** The need-profile dialog's fields: which profile, and pupils and EHC plans per area. */
public class ProfileForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The two numbers of one area, as typed. */
  public static class CountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    final AreaOfNeed area;
    private Integer pupils;
    private Integer ehcPlans;

    CountForm(AreaOfNeed area, Integer pupils, Integer ehcPlans) {
      this.area = area;
      this.pupils = pupils;
      this.ehcPlans = ehcPlans;
    }

    public String getLabel() {
      return area.label();
    }

    public String getKey() {
      return area.name().toLowerCase();
    }

    public Integer getPupils() {
      return pupils;
    }

    public void setPupils(Integer pupils) {
      this.pupils = pupils;
    }

    public Integer getEhcPlans() {
      return ehcPlans;
    }

    public void setEhcPlans(Integer ehcPlans) {
      this.ehcPlans = ehcPlans;
    }
  }

  private String yearGroup;
  boolean existing;
  // The profile's version when the dialog opened; null for a new profile.
  Integer version;
  boolean wholeSchool;
  final List<CountForm> counts = new ArrayList<>();

  static ProfileForm blank(boolean wholeSchool) {
    ProfileForm form = new ProfileForm();
    form.wholeSchool = wholeSchool;
    for (AreaOfNeed area : AreaOfNeed.values()) {
      form.counts.add(new CountForm(area, 0, 0));
    }
    return form;
  }

  public String getTitle() {
    return wholeSchool ? "Whole school" : yearGroup == null ? "New year group or class" : yearGroup;
  }

  /** The year group can be typed only for a new profile of a year group or class. */
  public boolean isYearGroupEditable() {
    return !existing && !wholeSchool;
  }

  public String getYearGroup() {
    return yearGroup;
  }

  public void setYearGroup(String yearGroup) {
    this.yearGroup = yearGroup;
  }

  public List<CountForm> getCounts() {
    return counts;
  }
}
