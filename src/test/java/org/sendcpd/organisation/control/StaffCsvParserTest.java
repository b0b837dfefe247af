package org.sendcpd.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.platform.control.GarbageFiles;

class StaffCsvParserTest {

  static final String HEADER =
      "first_name,last_name,email,job_role,team,fte,start_date,leaving_date,line_manager_email\n";

  StaffCsvParser.Result parse(String csv) throws IOException {
    return new StaffCsvParser().parse(new StringReader(csv));
  }

  @Test
  void readsRowsWithBritishAndIsoDates() throws IOException {
    var result =
        parse(
            HEADER
                + "Ann,Lee,Ann.Lee@school.example,TEACHER,Year 3,0.6,01/09/2024,,\n"
                + "Bo,Chan,bo.chan@school.example,ta,Year 3,,2025-01-06,2026-07-31,ann.lee@school.example\n");
    assertTrue(result.isClean(), () -> result.errors().toString());
    assertEquals(2, result.rows().size());
    StaffRow ann = result.rows().get(0);
    assertEquals("ann.lee@school.example", ann.email());
    assertEquals(new BigDecimal("0.6"), ann.fte());
    assertEquals(LocalDate.of(2024, 9, 1), ann.startDate());
    StaffRow bo = result.rows().get(1);
    assertEquals(JobRole.TA, bo.jobRole());
    assertEquals(BigDecimal.ONE, bo.fte());
    assertEquals(LocalDate.of(2026, 7, 31), bo.leavingDate());
    assertEquals("ann.lee@school.example", bo.lineManagerEmail());
    assertEquals(3, bo.line());
  }

  @Test
  void skipsTheByteOrderMark() throws IOException {
    var result = parse("\uFEFF" + HEADER + "Ann,Lee,ann@school.example,TEACHER,,1,,,\n");
    assertTrue(result.isClean(), () -> result.errors().toString());
  }

  @Test
  void namesTheLineOfEveryProblemAndKeepsNoRows() throws IOException {
    var result =
        parse(
            HEADER
                + "Ann,Lee,ann@school.example,TEACHER,,1,,,\n"
                + "Bo,,not-an-email,WIZARD,,1.5,31/02/2025,,\n"
                + "Cy,Doe,ann@school.example,TA,,1,,,\n");
    assertTrue(result.rows().isEmpty());
    assertTrue(result.errors().stream().allMatch(e -> e.line() == 3 || e.line() == 4));
    assertTrue(has(result, 3, "last_name is empty"));
    assertTrue(has(result, 3, "not an email address"));
    assertTrue(has(result, 3, "job_role 'WIZARD'"));
    assertTrue(has(result, 3, "fte 1.5"));
    assertTrue(has(result, 3, "start_date '31/02/2025'"));
    assertTrue(has(result, 4, "appears twice"));
  }

  @Test
  void refusesAFileWithoutTheHeader() throws IOException {
    var result = parse("name,email\nAnn,ann@school.example\n");
    assertEquals(1, result.errors().size());
    assertEquals(1, result.errors().get(0).line());
    assertTrue(result.errors().get(0).message().contains("missing column"));
  }

  @Test
  void refusesLeavingBeforeStartingAndManagingOneself() throws IOException {
    var result =
        parse(
            HEADER
                + "Ann,Lee,ann@school.example,TEACHER,,1,01/09/2025,31/08/2025,ann@school.example\n");
    assertTrue(has(result, 2, "leaving_date is before start_date"));
    assertTrue(has(result, 2, "own line manager"));
  }

  @Test
  void refusesARowWithTooFewFields() throws IOException {
    var result = parse(HEADER + "Ann,Lee,ann@school.example\n");
    assertTrue(has(result, 2, "expected 9 fields"));
  }

  private static boolean has(StaffCsvParser.Result result, long line, String text) {
    return result.errors().stream().anyMatch(e -> e.line() == line && e.message().contains(text));
  }

  @Test
  void aFileThatIsNotCsvIsRefusedWithALineErrorNeverWithAnException() throws IOException {
    for (var file : GarbageFiles.all().entrySet()) {
      for (MisPreset preset : MisPreset.values()) {
        var result = new StaffCsvParser().parse(new StringReader(file.getValue()), preset);
        assertTrue(result.rows().isEmpty(), file.getKey());
        assertTrue(!result.errors().isEmpty(), file.getKey() + " with " + preset);
      }
    }
    var binary = parse(GarbageFiles.all().get("random bytes 1"));
    assertTrue(binary.errors().get(0).message().contains("not a CSV text file"), binary::toString);
    var fte = parse(HEADER + "Ann,Lee,ann@school.example,TEACHER,,0.333,,,\n");
    assertTrue(has(fte, 2, "more than two decimal places"), fte::toString);
  }
}
