package org.sendcpd.framework.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

  static final List<String> COLUMNS = List.of("a", "b");

  CsvProblems problems = new CsvProblems();
  List<String> read = new ArrayList<>();

  void read(String text) {
    CsvRows.read(
        "test",
        new StringReader(text),
        COLUMNS,
        problems,
        row -> read.add(row.line() + ":" + row.cell("a", 10) + "/" + row.cell("b", 10)));
  }

  @Test
  void columnsAreFoundByNameInAnyOrderAndCase() {
    read("extra,B,A\nx,2,1\n");
    assertEquals(List.of(), problems.all());
    assertEquals(List.of("2:1/2"), read);
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsReportedAndSkipped() {
    read("a,b\n1,2\n3\n4,5\n");
    assertEquals(
        List.of(new CsvProblem("test", 3, "expected 2 fields but found 1")), problems.all());
    assertEquals(List.of("2:1/2", "4:4/5"), read);
  }

  @Test
  void malformedCsvIsReportedAfterTheLastRowRead() {
    read("a,b\n1,2\n\"3,4\n");
    assertEquals(1, problems.count());
    assertEquals(3, problems.all().get(0).line());
    assertTrue(problems.all().get(0).message().startsWith("the file is not valid CSV: "));
  }

  @Test
  void lineNumbersCountBlankLinesAndBreaksInsideQuotedValues() {
    String text = "a,b\r\n\"x\ny\",1\r\n\r\n2,3";
    assertEquals(2, CsvRows.lineAt(text, 5));
    assertEquals(5, CsvRows.lineAt(text, text.indexOf("2,3")));
  }
}
