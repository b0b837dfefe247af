package org.sendcpd.demo;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import org.sendcpd.analysis.SchoolDays;
import org.sendcpd.deployment.entity.StaffDeployment;

/**
 * Where Oakfield's adults work: classes Reception to Year 6 and The Hive. A day means the adult is
 * with the group for some or all of it, so a TA who is in Year 1 in the mornings and The Hive in
 * the afternoons is deployed to both on those days (the API's days are whole days; splitting them
 * would double every cell of the week for little the head asks). Part-timers work fewer days; the
 * part-time HLTA splits the week between Year 3 and Year 5. It shows a gap: Year 2's pupil with
 * sensory and physical needs has an adult at enhanced only when the inclusion HLTA is there (Monday
 * and Wednesday); and the midazolam rule for protocol P3 is short on every day, Carol Dawson having
 * left.
 */
final class DemoDeployment {

  private static final String[][] WEEK = {
    {"amelia.hughes", "Reception", "MON-FRI"},
    {"tomasz.nowak", "Reception", "WED,THU,FRI"},
    {"kelly.marsh", "Reception", "MON-THU"},
    {"joanne.pearce", "Reception", "MON,TUE,WED"},
    {"hannah.brooks", "Year 1", "MON-FRI"},
    {"imran.siddiqui", "Year 1", "MON-THU"},
    {"sanjay.patel", "Year 1", "MON-FRI"},
    {"lucy.chambers", "Year 1", "MON,TUE,WED"},
    {"lucy.chambers", "The Hive", "MON,TUE,WED"},
    {"chloe.bennett", "Year 2", "MON-FRI"},
    {"olumide.adebayo", "Year 2", "MON-FRI"},
    {"fatima.begum", "Year 2", "MON-FRI"},
    {"ellie.robinson", "Year 2", "MON-THU"},
    {"carol.dawson", "Year 2", "MON-THU"},
    {"bernadette.walsh", "Year 2", "MON,WED"},
    {"bernadette.walsh", "The Hive", "THU,FRI"},
    {"megan.price", "Year 3", "MON-FRI"},
    {"jack.thornton", "Year 3", "MON-FRI"},
    {"kwame.asante", "Year 3", "MON-FRI"},
    {"owen.griffiths", "Year 3", "MON,TUE"},
    {"owen.griffiths", "Year 5", "WED,THU"},
    {"aisha.rahman", "Year 4", "MON,TUE,WED"},
    {"liam.oconnor", "Year 4", "MON-FRI"},
    {"siobhan.kelly", "Year 4", "MON,TUE,WED"},
    {"zara.ahmed", "Year 5", "MON-FRI"},
    {"gareth.llewellyn", "Year 5", "TUE-FRI"},
    {"ryan.fletcher", "Year 5", "MON-FRI"},
    {"esther.mensah", "Year 6", "MON-FRI"},
    {"jasmine.clarke", "Year 6", "MON-THU"},
    {"natalie.fraser", "The Hive", "MON-FRI"},
    {"nadia.hussain", "The Hive", "MON-FRI"},
    {"marcus.green", "The Hive", "MON-FRI"},
    {"agnieszka.wojcik", "The Hive", "MON-FRI"},
    {"leanne.foster", "The Hive", "MON-THU"},
    {"yusuf.ali", "The Hive", "MON-FRI"},
  };

  private final EntityManager em;
  private final DemoSetting setting;

  DemoDeployment(EntityManager em, DemoSetting setting) {
    this.em = em;
    this.setting = setting;
  }

  void load() {
    for (String[] row : WEEK) {
      em.persist(
          new StaffDeployment(
              setting.person(row[0] + "@oakfield.example.org"), row[1], days(row[2]), null, null));
    }
  }

  /** "MON-THU" for a run of days, "MON,WED" for a list. */
  static Set<DayOfWeek> days(String text) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    if (text.contains("-")) {
      String[] ends = text.split("-");
      days.addAll(EnumSet.range(SchoolDays.parse(ends[0]), SchoolDays.parse(ends[1])));
    } else {
      for (String code : text.split(",")) {
        days.add(SchoolDays.parse(code));
      }
    }
    return days;
  }
}
