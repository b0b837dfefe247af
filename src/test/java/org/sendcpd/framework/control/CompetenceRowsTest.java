package org.sendcpd.framework.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompetenceRowsTest {

  CsvProblems problems = new CsvProblems();
  CompetenceRows rows = new CompetenceRows();

  void add(long line, String areaCode, String areaName, String code, String statement) {
    rows.add(
        new CsvRow(
            "competences",
            line,
            Map.of(
                "area_code", areaCode,
                "area_name", areaName,
                "competence_code", code,
                "statement", statement),
            problems));
  }

  @Test
  void competencesAreGroupedIntoAreasInTheOrderTheyFirstAppear() {
    add(2, "CL", "Cognition", "X-01", "Breaks learning into steps");
    add(3, "CI", "Communication", "X-02", "Adapts language");
    add(4, "CL", "Cognition", "X-03", "Checks understanding");
    assertEquals(List.of(), problems.all());
    assertEquals(List.of("CL", "CI"), rows.areas().stream().map(a -> a.code()).toList());
    assertEquals(2, rows.areas().get(0).competences().size());
    assertEquals(Set.of("X-01", "X-02", "X-03"), rows.codes());
  }

  @Test
  void aCodeIsUniqueAcrossAreasAndTheFirstLineIsNamed() {
    add(2, "CI", "Communication", "X-01", "Adapts language");
    add(3, "CL", "Cognition", "X-01", "Breaks learning into steps");
    assertEquals(
        List.of(
            new CsvProblem(
                "competences", 3, "competence_code X-01 appears twice (first on line 2)")),
        problems.all());
    assertEquals(1, rows.areas().size());
  }

  @Test
  void anAreaKeepsTheNameItWasFirstGiven() {
    add(2, "CI", "Communication", "X-01", "Adapts language");
    add(3, "CI", "Other name", "X-02", "Uses symbols");
    assertEquals(
        List.of(
            new CsvProblem(
                "competences",
                3,
                "area CI is named 'Communication' on an earlier line but 'Other name' here")),
        problems.all());
    assertEquals(Set.of("X-01"), rows.codes(), "the refused row names no competence");
  }

  @Test
  void aRowWithAnEmptyOrTooLongCellAddsNothing() {
    add(2, "CI", "Communication", "X-01", "");
    add(3, "CI", "Communication", "X-02", "s".repeat(1001));
    assertEquals(
        List.of(
            new CsvProblem("competences", 2, "statement is empty"),
            new CsvProblem("competences", 3, "statement is longer than 1000 characters")),
        problems.all());
    assertEquals(List.of(), rows.areas());
  }
}
