package org.sendcpd.demand.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendcpd.demand.control.AreaCount;
import org.sendcpd.demand.control.FieldErrors;
import org.sendcpd.demand.entity.NeedProfile;
import org.sendcpd.framework.entity.AreaOfNeed;

/**
 * A need profile as the API shows and takes it: the whole school (yearGroup null) or a group (a
 * class, year group or provision, named in {@code group} or {@code yearGroup}, which say the same),
 * with pupils and EHC plans per area of need. Counts only.
 */
public record NeedProfileJson(
    Long id,
    Long schoolId,
    String yearGroup,
    LocalDate recordedOn,
    List<NeedCountJson> counts,
    String group) {

  /**
   * The group the profile counts for: {@code group}, or {@code yearGroup} as older clients send.
   */
  String groupName() {
    return group != null && !group.isBlank() ? group : yearGroup;
  }

  /** One area's counts; the area by its name, e.g. COMMUNICATION_AND_INTERACTION. */
  public record NeedCountJson(String areaOfNeed, Integer pupils, Integer ehcPlans) {}

  /** Every area of need in order, a stored profile's missing area as zero. */
  static NeedProfileJson of(NeedProfile p) {
    List<NeedCountJson> counts = new ArrayList<>();
    for (AreaOfNeed area : AreaOfNeed.values()) {
      counts.add(
          p.countFor(area)
              .map(c -> new NeedCountJson(area.name(), c.getPupils(), c.getEhcPlans()))
              .orElse(new NeedCountJson(area.name(), 0, 0)));
    }
    return new NeedProfileJson(
        p.getId(),
        p.getSchool().getId(),
        p.getYearGroup(),
        p.getRecordedOn(),
        counts,
        p.getYearGroup());
  }

  /** The counts for the control; names the field of an unknown area or a missing number. */
  List<AreaCount> areaCounts() {
    FieldErrors errors = new FieldErrors();
    List<AreaCount> result = new ArrayList<>();
    List<NeedCountJson> given = counts == null ? List.of() : counts;
    for (int i = 0; i < given.size(); i++) {
      NeedCountJson c = given.get(i);
      String at = "counts[" + i + "].";
      if (c == null) {
        errors.add("counts[" + i + "]", "empty entry");
        continue;
      }
      AreaOfNeed area = area(c.areaOfNeed());
      if (area == null) {
        errors.add(at + "areaOfNeed", "name one of " + List.of(AreaOfNeed.values()));
      }
      if (c.pupils() == null) {
        errors.add(at + "pupils", "give the number of pupils (0 for none)");
      }
      if (c.ehcPlans() == null) {
        errors.add(at + "ehcPlans", "give the number of EHC plans (0 for none)");
      }
      if (area != null && c.pupils() != null && c.ehcPlans() != null) {
        result.add(new AreaCount(area, c.pupils(), c.ehcPlans()));
      }
    }
    errors.throwIfAny("Some counts are not valid; nothing was saved");
    return result;
  }

  private static AreaOfNeed area(String name) {
    if (name == null) {
      return null;
    }
    for (AreaOfNeed area : AreaOfNeed.values()) {
      if (area.name().equalsIgnoreCase(name.strip())) {
        return area;
      }
    }
    return null;
  }
}
