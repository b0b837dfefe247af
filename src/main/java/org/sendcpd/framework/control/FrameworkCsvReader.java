package org.sendcpd.framework.control;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sendcpd.framework.control.FrameworkDocument.AreaDoc;
import org.sendcpd.framework.control.FrameworkDocument.CompetenceDoc;
import org.sendcpd.framework.control.FrameworkDocument.LevelDoc;
import org.sendcpd.framework.control.FrameworkDocument.RequirementDoc;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.TextFiles;

/**
 * Reads a skills framework in the CSV exchange format: competences with the header {@code
 * area_code,area_name,competence_code,statement} and, optionally, requirements with {@code
 * job_role,competence_code,level} (a level is its rank, 1 the lowest, or its name). Name, version,
 * source and the ladder come beside the files. UTF-8 with or without a byte-order mark. Every
 * problem is named by file and line (1 is the header); a framework with any problem is refused
 * whole.
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

  private final List<CsvProblem> problems = new ArrayList<>();

  /** The document, or an {@link InvalidInputException} whose details are {@link CsvProblem}s. */
  public FrameworkDocument read(Header header, Reader competences, Reader requirements) {
    String name = formText("name", header.name(), 200, true);
    String version = formText("version", header.version(), 40, true);
    String source = formText("source", header.source(), 300, false);
    List<LevelDoc> levels = levels(header.levels());
    Map<String, AreaBuilder> areas = new LinkedHashMap<>();
    if (competences == null) {
      problems.add(new CsvProblem(COMPETENCES, 0, "the competences file is missing"));
    } else {
      parse(COMPETENCES, competences, COMPETENCE_COLUMNS, r -> competence(r, areas));
    }
    Set<String> codes = new HashSet<>();
    areas.values().forEach(a -> a.competences.forEach(c -> codes.add(c.code())));
    List<RequirementDoc> required = new ArrayList<>();
    if (requirements != null) {
      Set<String> seen = new HashSet<>();
      parse(
          REQUIREMENTS,
          requirements,
          REQUIREMENT_COLUMNS,
          r -> requirement(r, codes, levels, seen, required));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("The framework was not imported", problems);
    }
    return new FrameworkDocument(
        name,
        version,
        source,
        levels,
        areas.values().stream().map(AreaBuilder::build).toList(),
        required);
  }

  /** One data row of a file: its line number and its values by column name. */
  private record Row(long line, Map<String, String> values) {
    String get(String column) {
      return values.getOrDefault(column, "");
    }
  }

  private void parse(String file, Reader input, List<String> columns, Consumer<Row> rows) {
    String text = readAll(input);
    Optional<String> notText = TextFiles.whyNotText(text);
    if (notText.isPresent()) {
      problems.add(new CsvProblem(file, 1, notText.get()));
      return;
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    int before = problems.size();
    long line = 1;
    boolean any = false;
    try (CSVParser parser = format.parse(new StringReader(text))) {
      List<String> header =
          parser.getHeaderNames().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
      List<String> missing = columns.stream().filter(c -> !header.contains(c)).toList();
      if (!missing.isEmpty()) {
        problems.add(
            new CsvProblem(
                file,
                1,
                "missing column(s): "
                    + String.join(", ", missing)
                    + "; the header is "
                    + String.join(",", columns)));
        return;
      }
      for (CSVRecord record : parser) {
        any = true;
        line = lineAt(text, record.getCharacterPosition());
        if (record.size() != header.size()) {
          problems.add(
              new CsvProblem(
                  file, line, "expected " + header.size() + " fields but found " + record.size()));
          continue;
        }
        Map<String, String> values = new HashMap<>();
        for (String column : columns) {
          String value = record.get(header.indexOf(column));
          values.put(column, value == null ? "" : value.trim());
        }
        rows.accept(new Row(line, values));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException malformed) {
      // commons-csv says so for a header with an empty or repeated name, or an unclosed quote
      problems.add(
          new CsvProblem(file, line + 1, "the file is not valid CSV: " + malformed.getMessage()));
      return;
    }
    if (!any && problems.size() == before) {
      problems.add(new CsvProblem(file, 1, "the file has a header but no rows"));
    }
  }

  private static String readAll(Reader input) {
    try (Reader reader = BomSkipping.skip(input)) {
      StringWriter text = new StringWriter();
      reader.transferTo(text);
      return text.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line a record starts on, 1 for the first: blank lines and line breaks in values count. */
  static long lineAt(String text, long position) {
    long line = 1;
    int end = (int) Math.min(position, text.length());
    while (end < text.length() && (text.charAt(end) == '\r' || text.charAt(end) == '\n')) {
      end++;
    }
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private void competence(Row row, Map<String, AreaBuilder> areas) {
    String areaCode = cell(row, COMPETENCES, "area_code", 20);
    String areaName = cell(row, COMPETENCES, "area_name", 200);
    String code = cell(row, COMPETENCES, "competence_code", 20);
    String statement = cell(row, COMPETENCES, "statement", 1000);
    if (areaCode.isEmpty() || areaName.isEmpty() || code.isEmpty() || statement.isEmpty()) {
      return;
    }
    for (AreaBuilder area : areas.values()) {
      Long earlier = area.lines.get(code);
      if (earlier != null) {
        problems.add(
            new CsvProblem(
                COMPETENCES,
                row.line(),
                "competence_code " + code + " appears twice (first on line " + earlier + ")"));
        return;
      }
    }
    AreaBuilder area = areas.computeIfAbsent(areaCode, c -> new AreaBuilder(c, areaName));
    if (!area.name.equals(areaName)) {
      problems.add(
          new CsvProblem(
              COMPETENCES,
              row.line(),
              "area "
                  + areaCode
                  + " is named '"
                  + area.name
                  + "' on an earlier line but '"
                  + areaName
                  + "' here"));
      return;
    }
    area.competences.add(new CompetenceDoc(code, statement));
    area.lines.put(code, row.line());
  }

  private void requirement(
      Row row,
      Set<String> codes,
      List<LevelDoc> levels,
      Set<String> seen,
      List<RequirementDoc> required) {
    String roleText = cell(row, REQUIREMENTS, "job_role", 20);
    String code = cell(row, REQUIREMENTS, "competence_code", 20);
    String levelText = cell(row, REQUIREMENTS, "level", 100);
    JobRole role = null;
    if (!roleText.isEmpty()) {
      try {
        role = JobRole.valueOf(roleText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(
            new CsvProblem(
                REQUIREMENTS,
                row.line(),
                "job_role '"
                    + roleText
                    + "' is not one of "
                    + String.join(", ", Arrays.stream(JobRole.values()).map(Enum::name).toList())));
      }
    }
    if (!code.isEmpty() && !codes.contains(code)) {
      problems.add(
          new CsvProblem(
              REQUIREMENTS,
              row.line(),
              "competence_code " + code + " is not in the competences file"));
    }
    int rank = levelText.isEmpty() ? 0 : rank(levelText, levels, row.line());
    if (role != null && codes.contains(code) && rank > 0) {
      if (!seen.add(role + "/" + code)) {
        problems.add(
            new CsvProblem(
                REQUIREMENTS, row.line(), role + " already has a requirement for " + code));
      } else {
        required.add(new RequirementDoc(role, code, rank));
      }
    }
  }

  private int rank(String text, List<LevelDoc> levels, long line) {
    for (LevelDoc level : levels) {
      if (level.name().equalsIgnoreCase(text)) {
        return level.rank();
      }
    }
    try {
      int rank = Integer.parseInt(text);
      if (rank >= 1 && rank <= levels.size()) {
        return rank;
      }
    } catch (NumberFormatException notANumber) {
      // named below
    }
    problems.add(
        new CsvProblem(
            REQUIREMENTS,
            line,
            "level '"
                + text
                + "' is not between 1 and "
                + levels.size()
                + " nor a level name ("
                + String.join(", ", levels.stream().map(LevelDoc::name).toList())
                + ")"));
    return 0;
  }

  private String cell(Row row, String file, String column, int max) {
    String value = row.get(column);
    if (value.isEmpty()) {
      problems.add(new CsvProblem(file, row.line(), column + " is empty"));
    } else if (value.length() > max) {
      problems.add(
          new CsvProblem(file, row.line(), column + " is longer than " + max + " characters"));
      return "";
    }
    return value;
  }

  private String formText(String field, String value, int max, boolean required) {
    String text = value == null ? "" : value.trim();
    if (text.isEmpty()) {
      if (required) {
        problems.add(new CsvProblem(FORM, 0, field + " is missing or empty"));
      }
      return null;
    }
    if (text.length() > max) {
      problems.add(new CsvProblem(FORM, 0, field + " is longer than " + max + " characters"));
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
        problems.add(new CsvProblem(FORM, 0, "levels: a level name is empty"));
      } else if (name.length() > 100) {
        problems.add(new CsvProblem(FORM, 0, "levels: " + name + " is longer than 100 characters"));
      } else if (!names.add(name.toLowerCase(Locale.ROOT))) {
        problems.add(new CsvProblem(FORM, 0, "levels: " + name + " appears twice"));
      } else {
        levels.add(new LevelDoc(levels.size() + 1, name));
      }
    }
    return levels;
  }

  private static final class AreaBuilder {
    final String code;
    final String name;
    final List<CompetenceDoc> competences = new ArrayList<>();
    final Map<String, Long> lines = new HashMap<>();

    AreaBuilder(String code, String name) {
      this.code = code;
      this.name = name;
    }

    AreaDoc build() {
      return new AreaDoc(code, name, null, List.copyOf(competences));
    }
  }
}
