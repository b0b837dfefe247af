package org.sendcpd.analysis;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPD hours and spend in the academic year up to the date: activities completed from 1 September of
 * the academic year containing the date up to and including the date (an activity logged with a
 * later date is not spent yet). One row per person in post, with zeros for those who did none, and
 * one row per job role whose people count everyone of that role in scope.
 */
final class SpendCounter {

  private SpendCounter() {}

  /** 1 September of the academic year (September to August) that contains the date. */
  static LocalDate academicYearStart(LocalDate date) {
    int year =
        date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
    return LocalDate.of(year, Month.SEPTEMBER, 1);
  }

  private static final class Tally {
    int people;
    double hours;
    double cost;
    final Map<String, Double> hoursByDelivery = new TreeMap<>();
    final Map<String, Double> costByDelivery = new TreeMap<>();

    void add(CpdActivity a) {
      String delivery = String.valueOf(a.delivery());
      hours += a.hours();
      cost += a.cost();
      hoursByDelivery.merge(delivery, a.hours(), Double::sum);
      costByDelivery.merge(delivery, a.cost(), Double::sum);
    }

    void add(CapacityReport.Spend s) {
      people++;
      hours += s.hours();
      cost += s.cost();
      s.hoursByDelivery().forEach((k, v) -> hoursByDelivery.merge(k, v, Double::sum));
      s.costByDelivery().forEach((k, v) -> costByDelivery.merge(k, v, Double::sum));
    }
  }

  static List<CapacityReport.Spend> perPerson(
      WorkforceIndex index, List<Person> inPost, LocalDate date) {
    LocalDate from = academicYearStart(date);
    List<CapacityReport.Spend> rows = new ArrayList<>(inPost.size());
    for (Person p : inPost) {
      Tally t = new Tally();
      for (CpdActivity a : index.activitiesByStaff.getOrDefault(p.id(), List.of())) {
        LocalDate on = a.completedOn();
        if (on != null && !on.isBefore(from) && !on.isAfter(date)) {
          t.add(a);
        }
      }
      rows.add(
          new CapacityReport.Spend(
              p.id(),
              p.jobRole(),
              WorkforceIndex.round2(t.hours),
              WorkforceIndex.round2(t.cost),
              rounded(t.hoursByDelivery),
              rounded(t.costByDelivery)));
    }
    return rows;
  }

  static List<CapacityReport.RoleSpend> byRole(List<CapacityReport.Spend> spend) {
    Map<String, Tally> roles = new TreeMap<>();
    for (CapacityReport.Spend s : spend) {
      roles.computeIfAbsent(String.valueOf(s.jobRole()), k -> new Tally()).add(s);
    }
    List<CapacityReport.RoleSpend> rows = new ArrayList<>(roles.size());
    roles.forEach(
        (role, t) ->
            rows.add(
                new CapacityReport.RoleSpend(
                    role,
                    t.people,
                    WorkforceIndex.round2(t.hours),
                    WorkforceIndex.round2(t.cost),
                    rounded(t.hoursByDelivery),
                    rounded(t.costByDelivery))));
    return rows;
  }

  private static Map<String, Double> rounded(Map<String, Double> values) {
    Map<String, Double> result = new TreeMap<>();
    values.forEach((k, v) -> result.put(k, WorkforceIndex.round2(v)));
    return Collections.unmodifiableMap(result);
  }
}
