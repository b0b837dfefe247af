package org.sendcpd.organisation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendcpd.organisation.entity.JobRole;

class MisPresetTest {

  StaffCsvParser.Result parse(String csv, MisPreset preset) throws IOException {
    return new StaffCsvParser().parse(new StringReader(csv), preset);
  }

  @Test
  void readsASimsExportWithItsHeadingsPostsAndExtraColumns() throws IOException {
    var result =
        parse(
            "Staff ID,Legal Surname,Legal Forename,Work Email,Staff Role,Department,FTE,"
                + "Employment Start Date,Payroll Number\n"
                + "S001,Lee,Ann,ann.lee@school.example,Class Teacher,Year 3,0.6,01/09/2024,P9\n"
                + "S002,Chan,Bo,bo.chan@school.example,Learning Support Assistant,,,06/01/2025,P10\n"
                + "S003,Odu,Cy,cy.odu@school.example,Deputy Headteacher,SLT,1,01/09/2020,P11\n",
            MisPreset.SIMS);
    assertTrue(result.isClean(), () -> result.errors().toString());
    StaffRow ann = result.rows().get(0);
    assertEquals("Ann", ann.firstName());
    assertEquals("Lee", ann.lastName());
    assertEquals(JobRole.TEACHER, ann.jobRole());
    assertEquals("Year 3", ann.team());
    assertEquals(new BigDecimal("0.6"), ann.fte());
    assertEquals(LocalDate.of(2024, 9, 1), ann.startDate());
    assertNull(ann.lineManagerEmail());
    assertEquals(JobRole.TA, result.rows().get(1).jobRole());
    assertEquals(JobRole.SLT, result.rows().get(2).jobRole());
  }

  @Test
  void matchesHeadingsWhateverTheirCaseAndSpacing() throws IOException {
    var result =
        parse(
            "first name,LAST NAME,work_email,job title\n"
                + "Ann,Lee,ann@school.example,Higher Level Teaching Assistant\n",
            MisPreset.ARBOR);
    assertTrue(result.isClean(), () -> result.errors().toString());
    assertEquals(JobRole.HLTA, result.rows().get(0).jobRole());
  }

  @Test
  void aMissingColumnIsNamedWithTheHeadingsThePresetKnows() throws IOException {
    var result = parse("Forename,Surname,Email\nAnn,Lee,ann@school.example\n", MisPreset.BROMCOM);
    assertTrue(result.rows().isEmpty());
    LineError error = result.errors().get(0);
    assertEquals(1, error.line());
    assertTrue(error.message().contains("job_role (Bromcom: 'Staff Type'"), error.message());
  }

  @Test
  void anUnknownPostNamesItsLine() throws IOException {
    var result =
        parse(
            "Forename,Surname,Email,Role\nAnn,Lee,ann@school.example,Wizard\n", MisPreset.BROMCOM);
    assertEquals(2, result.errors().get(0).line());
    assertTrue(result.errors().get(0).message().contains("job_role 'Wizard'"));
  }

  @Test
  void ourOwnFormatStillAsksForEveryColumn() throws IOException {
    var result =
        parse("first_name,last_name,email,job_role\nAnn,Lee,a@s.example,TA\n", MisPreset.STANDARD);
    assertTrue(result.errors().get(0).message().contains("team"), result.errors().toString());
  }

  @Test
  void presetsAreNamedWithoutRegardToCase() {
    assertEquals(MisPreset.ARBOR, MisPreset.named("arbor").orElseThrow());
    assertTrue(MisPreset.named("capita").isEmpty());
  }
}
