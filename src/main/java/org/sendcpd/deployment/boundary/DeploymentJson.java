package org.sendcpd.deployment.boundary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sendcpd.analysis.SchoolDays;
import org.sendcpd.demand.control.FieldErrors;
import org.sendcpd.deployment.control.DeploymentDraft;
import org.sendcpd.deployment.entity.StaffDeployment;

/**
 * One deployment as the API shows and takes it: the group, the school days by code ({@code ["MON",
 * "TUE"]}), and optional ISO dates from and to (both inclusive).
 */
public record DeploymentJson(String group, List<String> days, LocalDate from, LocalDate to) {

  static DeploymentJson of(StaffDeployment d) {
    return new DeploymentJson(
        d.getGroupName(),
        SchoolDays.WEEK.stream().filter(d.getDays()::contains).map(SchoolDays::code).toList(),
        d.getValidFrom(),
        d.getValidTo());
  }

  /** The drafts of a list; an unknown day is refused naming its place ({@code [0].days[2]}). */
  static List<DeploymentDraft> drafts(List<DeploymentJson> list) {
    FieldErrors errors = new FieldErrors();
    List<DeploymentDraft> drafts = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      DeploymentJson json = list.get(i);
      if (json == null) {
        errors.add("[" + i + "]", "empty entry");
        continue;
      }
      Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      List<String> given = json.days() == null ? List.of() : json.days();
      for (int j = 0; j < given.size(); j++) {
        DayOfWeek day = SchoolDays.parse(given.get(j));
        if (day == null) {
          errors.add(
              "[" + i + "].days[" + j + "]",
              "not a school day: " + given.get(j) + " (MON, TUE, WED, THU or FRI)");
        } else {
          days.add(day);
        }
      }
      drafts.add(new DeploymentDraft(json.group(), days, json.from(), json.to()));
    }
    errors.throwIfAny("Some deployments are not valid; nothing was saved");
    return drafts;
  }
}
