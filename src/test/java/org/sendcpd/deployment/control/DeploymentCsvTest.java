package org.sendcpd.deployment.control;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeploymentCsvTest {

  static final String HEADER = "email,group,days,from,to\n";

  @Test
  void readsRunsListsAndBothDateForms() {
    DeploymentCsv.Result r =
        DeploymentCsv.parse(
            "\uFEFF"
                + HEADER
                + "Ann@School.example,Year 2,MON-WED,01/09/2026,\n"
                + "ann@school.example,The Hive,thu;fri,,2027-07-22\n");
    assertEquals(List.of(), r.errors());
    DeploymentCsv.Line first = r.lines().get(0);
    assertEquals("ann@school.example", first.email());
    assertEquals(Set.of(MONDAY, TUESDAY, WEDNESDAY), first.draft().days());
    assertEquals(LocalDate.of(2026, 9, 1), first.draft().from());
    assertNull(first.draft().to());
    assertEquals(Set.of(THURSDAY, FRIDAY), r.lines().get(1).draft().days());
    assertEquals(LocalDate.of(2027, 7, 22), r.lines().get(1).draft().to());
  }

  @Test
  void namesTheLineOfEachMistake() {
    DeploymentCsv.Result r =
        DeploymentCsv.parse(
            HEADER + "a@s.example,Year 1,SAT,,\n" + "b@s.example,Year 1,FRI-MON,31/02/2027,\n");
    assertEquals(2, r.errors().get(0).line());
    assertTrue(r.errors().get(0).message().contains("SAT"));
    assertEquals(3, r.errors().get(1).line());
    assertTrue(r.errors().stream().anyMatch(e -> e.message().contains("31/02/2027")));
    assertEquals(List.of(), r.lines());
  }

  @Test
  void refusesAFileWithoutTheColumns() {
    DeploymentCsv.Result r = DeploymentCsv.parse("email,group\na@s.example,Year 1\n");
    assertEquals(1, r.errors().get(0).line());
    assertTrue(r.errors().get(0).message().contains("days"));
  }
}
