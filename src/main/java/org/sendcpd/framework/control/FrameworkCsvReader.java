package org.sendcpd.framework.control;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sendcpd.framework.control.FrameworkDocument.LevelDoc;
import org.sendcpd.platform.control.InvalidInputException;

/**
 * Reads a skills framework in the CSV exchange format: competences with the header {@code
 * area_code,area_name,competence_code,statement} and, optionally, requirements with {@code
 * job_role,competence_code,level} (a level is its rank, 1 the lowest, or its name). Name, version,
 * source and the ladder come beside the files. UTF-8 with or without a byte-order mark. Every
 * problem is named by file and line (1 is the header); a framework with any problem is refused
 * whole.
 *
 * <p>The files are split into rows by {@link CsvRows}; {@link CompetenceRows} and {@link
 * RequirementRows} check and collect them. This class checks the form fields and puts the parts
 * together.
 */
public class FrameworkCsvReader {

  public static final String COMPETENCES = "competences";
  public static final String REQUIREMENTS = "requirements";
  public static final String FORM = "form";
  static final List<String> COMPETENCE_COLUMNS =
      List.of("area_code", "area_name", "competence_code", "statement");
  static final List<String> REQUIREMENT_COLUMNS = List.of("job_role", "competence_code", "level");
  public static final String DEFAULT_LEVELS = "Universal,Enhanced,Specialist";

  /** What comes beside the files: levels are names separated by commas, lowest first. */
  public record Header(String name, String version, String source, String levels) {}

  private final CsvProblems problems = new CsvProblems();

  /** The document, or an {@link InvalidInputException} whose details are {@link CsvProblem}s. */
  public FrameworkDocument read(Header header, Reader competences, Reader requirements) {
    String name = formText("name", header.name(), 200, true);
    String version = formText("version", header.version(), 40, true);
    String source = formText("source", header.source(), 300, false);
    List<LevelDoc> levels = levels(header.levels());
    CompetenceRows areas = new CompetenceRows();
    if (competences == null) {
      problems.add(COMPETENCES, 0, "the competences file is missing");
    } else {
      CsvRows.read(COMPETENCES, competences, COMPETENCE_COLUMNS, problems, areas::add);
    }
    RequirementRows required = new RequirementRows(areas.codes(), levels);
    if (requirements != null) {
      CsvRows.read(REQUIREMENTS, requirements, REQUIREMENT_COLUMNS, problems, required::add);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("The framework was not imported", problems.all());
    }
    return new FrameworkDocument(
        name, version, source, levels, areas.areas(), required.requirements());
  }

  private String formText(String field, String value, int max, boolean required) {
    String text = value == null ? "" : value.trim();
    if (text.isEmpty()) {
      if (required) {
        problems.add(FORM, 0, field + " is missing or empty");
      }
      return null;
    }
    if (text.length() > max) {
      problems.add(FORM, 0, field + " is longer than " + max + " characters");
    }
    return text;
  }

  private List<LevelDoc> levels(String text) {
    String value = text == null || text.isBlank() ? DEFAULT_LEVELS : text;
    List<LevelDoc> levels = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (String part : value.split(",")) {
      String name = part.trim();
      if (name.isEmpty()) {
        problems.add(FORM, 0, "levels: a level name is empty");
      } else if (name.length() > 100) {
        problems.add(FORM, 0, "levels: " + name + " is longer than 100 characters");
      } else if (!names.add(name.toLowerCase(Locale.ROOT))) {
        problems.add(FORM, 0, "levels: " + name + " appears twice");
      } else {
        levels.add(new LevelDoc(levels.size() + 1, name));
      }
    }
    return levels;
  }
}
