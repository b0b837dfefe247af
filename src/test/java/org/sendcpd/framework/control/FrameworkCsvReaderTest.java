package org.sendcpd.framework.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendcpd.framework.control.FrameworkDocument.RequirementDoc;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.platform.control.GarbageFiles;
import org.sendcpd.platform.control.InvalidInputException;

class FrameworkCsvReaderTest {

  static final String COMPETENCES =
      "area_code,area_name,competence_code,statement\n"
          + "CI,Communication,X-01,Adapts language\n"
          + "CI,Communication,X-02,\"Uses visual supports, symbols\"\n"
          + "CL,Cognition,X-03,Breaks learning into steps\n";
  static final FrameworkCsvReader.Header HEADER =
      new FrameworkCsvReader.Header("Test framework", "1", "ours", null);

  static FrameworkDocument read(String competences, String requirements) {
    return new FrameworkCsvReader()
        .read(
            HEADER,
            new StringReader(competences),
            requirements == null ? null : new StringReader(requirements));
  }

  static List<CsvProblem> problems(String competences, String requirements) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> read(competences, requirements));
    return e.details().stream().map(CsvProblem.class::cast).toList();
  }

  @Test
  void readsAreasCompetencesRequirementsAndTheDefaultLadder() {
    FrameworkDocument doc =
        read(COMPETENCES, "job_role,competence_code,level\nTA,X-01,2\nteacher,X-03,Specialist\n");
    assertEquals("Test framework", doc.name());
    assertEquals(3, doc.levels().size());
    assertEquals("Universal", doc.levels().get(0).name());
    assertEquals(2, doc.areas().size());
    assertEquals(2, doc.areas().get(0).competences().size());
    assertEquals(
        "Uses visual supports, symbols", doc.areas().get(0).competences().get(1).statement());
    assertEquals(
        List.of(
            new RequirementDoc(JobRole.TA, "X-01", 2),
            new RequirementDoc(JobRole.TEACHER, "X-03", 3)),
        doc.requirements());
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsSkipped() {
    FrameworkDocument doc =
        read("\uFEFF" + COMPETENCES, "\uFEFFjob_role,competence_code,level\nTA,X-01,1\n");
    assertEquals(3, doc.areas().stream().mapToInt(a -> a.competences().size()).sum());
    assertEquals(1, doc.requirements().size());
  }

  @Test
  void missingColumnsAreNamedOnLineOne() {
    List<CsvProblem> problems =
        problems("area_code,competence_code,statement\nCI,X-01,Adapts\n", null);
    assertEquals(1, problems.size());
    assertEquals(1, problems.get(0).line());
    assertEquals("competences", problems.get(0).file());
    assertTrue(problems.get(0).message().contains("area_name"), problems.toString());
  }

  @Test
  void anUnknownJobRoleIsNamedWithItsLine() {
    List<CsvProblem> problems =
        problems(COMPETENCES, "job_role,competence_code,level\nTA,X-01,1\nWIZARD,X-02,1\n");
    assertEquals(List.of(new CsvProblem("requirements", 3, problems.get(0).message())), problems);
    assertTrue(problems.get(0).message().contains("WIZARD"));
  }

  @Test
  void aLevelOutOfRangeIsRefused() {
    List<CsvProblem> problems =
        problems(COMPETENCES, "job_role,competence_code,level\nTA,X-01,4\nHLTA,X-01,Expert\n");
    assertEquals(2, problems.size());
    assertEquals(2, problems.get(0).line());
    assertTrue(problems.get(0).message().contains("between 1 and 3"), problems.toString());
    assertEquals(3, problems.get(1).line());
  }

  @Test
  void aRequirementForACompetenceNotInTheFileIsRefused() {
    List<CsvProblem> problems =
        problems(COMPETENCES, "job_role,competence_code,level\nTA,Z-99,1\n");
    assertEquals(2, problems.get(0).line());
    assertTrue(problems.get(0).message().contains("Z-99"));
  }

  @Test
  void linesCountBlankLinesAndLineBreaksInsideValuesAndNeedNoFinalBreak() {
    String competences =
        "area_code,area_name,competence_code,statement\r\n"
            + "CI,Communication,X-01,\"Two\nlines\"\r\n"
            + "\r\n"
            + "CI,Communication,X-01,Twice";
    List<CsvProblem> problems = problems(competences, null);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(5, problems.get(0).line());
    assertTrue(problems.get(0).message().contains("first on line 2"), problems.toString());
  }

  @Test
  void everyProblemOfBothFilesAndTheFormIsReportedAtOnce() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                new FrameworkCsvReader()
                    .read(
                        new FrameworkCsvReader.Header(" ", "1", null, "Low,,Low"),
                        new StringReader(
                            "area_code,area_name,competence_code,statement\n"
                                + "CI,Communication,X-01,Adapts\n"
                                + "CI,Other name,X-02,Something\n"
                                + "CL,Cognition,X-03,\n"
                                + "CI,Communication\n"),
                        new StringReader("job_role,competence_code,level\nTA,X-01,\n")));
    List<String> lines =
        e.details().stream()
            .map(CsvProblem.class::cast)
            .map(p -> p.file() + ":" + p.line())
            .toList();
    assertTrue(
        lines.containsAll(
            List.of("form:0", "competences:3", "competences:4", "competences:5", "requirements:2")),
        lines.toString());
  }

  @Test
  void aHeaderWithoutRowsIsRefused() {
    List<CsvProblem> problems = problems("area_code,area_name,competence_code,statement\n", null);
    assertEquals(1, problems.get(0).line());
  }

  @Test
  void theWriterWritesWhatTheReaderReads() {
    FrameworkDocument doc =
        read(COMPETENCES, "job_role,competence_code,level\nTA,X-01,2\nTEACHER,X-03,1\n");
    FrameworkDocument again =
        read(FrameworkCsvWriter.competences(doc), FrameworkCsvWriter.requirements(doc));
    assertEquals(doc, again);
    assertTrue(
        FrameworkCsvWriter.competences(doc)
            .startsWith("area_code,area_name,competence_code,statement\n"));
  }

  @Test
  void aFileThatIsNotCsvIsRefusedNamingTheFileNeverWithAnotherException() {
    GarbageFiles.all()
        .forEach(
            (name, text) -> {
              List<CsvProblem> competences = problems(text, null);
              assertTrue(
                  competences.stream().anyMatch(p -> p.file().equals("competences")),
                  name + ": " + competences);
              List<CsvProblem> requirements = problems(COMPETENCES, text);
              assertTrue(
                  requirements.stream().anyMatch(p -> p.file().equals("requirements")),
                  name + ": " + requirements);
            });
  }
}
