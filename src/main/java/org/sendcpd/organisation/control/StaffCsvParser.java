package org.sendcpd.organisation.control;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.platform.control.ByteOrderMark;
import org.sendcpd.platform.control.TextFiles;

/**
 * Reads the staff CSV of the exchange formats (DESIGN.md): header {@code
 * first_name,last_name,email,job_role,team,fte,start_date,leaving_date,line_manager_email}, dates
 * as dd/MM/yyyy or ISO, UTF-8 with or without a byte-order mark, or an MIS export read through its
 * {@link MisPreset}. Every problem is reported with its line number; a file with any problem yields
 * no rows at all.
 */
public class StaffCsvParser {

  static final List<String> COLUMNS =
      List.of(
          "first_name",
          "last_name",
          "email",
          "job_role",
          "team",
          "fte",
          "start_date",
          "leaving_date",
          "line_manager_email");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final DateTimeFormatter BRITISH =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** Rows when the file is clean; otherwise only errors. */
  public record Result(List<StaffRow> rows, List<LineError> errors) {
    public boolean isClean() {
      return errors.isEmpty();
    }
  }

  public Result parse(Reader input) throws IOException {
    return parse(input, MisPreset.STANDARD);
  }

  public Result parse(Reader input, MisPreset preset) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    List<StaffRow> rows = new ArrayList<>();
    List<LineError> errors = new ArrayList<>();
    String text = readAll(input);
    Optional<String> notText = TextFiles.whyNotText(text);
    if (notText.isPresent()) {
      return new Result(List.of(), List.of(new LineError(1, notText.get())));
    }
    try (CSVParser parser = format.parse(new StringReader(text))) {
      // each heading becomes our column name; one we do not read keeps a name no column has
      List<String> header =
          parser.getHeaderNames().stream().map(h -> preset.column(h).orElse("?" + h)).toList();
      List<String> missing =
          preset.required().stream()
              .filter(c -> !header.contains(c))
              .map(preset::describe)
              .toList();
      if (!missing.isEmpty()) {
        return new Result(
            List.of(),
            List.of(new LineError(1, "missing column(s): " + String.join(", ", missing))));
      }
      Set<String> emails = new HashSet<>();
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        List<String> problems = new ArrayList<>();
        StaffRow row = row(record, header, line, problems);
        if (row != null && !emails.add(row.email())) {
          problems.add("email " + row.email() + " appears twice in the file");
        }
        problems.forEach(p -> errors.add(new LineError(line, p)));
        if (problems.isEmpty()) {
          rows.add(row);
        }
      }
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException malformed) {
      // commons-csv says so for a header with an empty or repeated name, or an unclosed quote
      errors.add(new LineError(0, "the file is not valid CSV: " + malformed.getMessage()));
    }
    return errors.isEmpty() ? new Result(rows, List.of()) : new Result(List.of(), errors);
  }

  private static String readAll(Reader input) throws IOException {
    try (Reader reader = ByteOrderMark.skip(input)) {
      StringWriter text = new StringWriter();
      reader.transferTo(text);
      return text.toString();
    }
  }

  private StaffRow row(CSVRecord record, List<String> header, long line, List<String> problems) {
    if (record.size() != header.size()) {
      problems.add("expected " + header.size() + " fields but found " + record.size());
      return null;
    }
    String first = required(record, header, "first_name", problems);
    String last = required(record, header, "last_name", problems);
    String email = required(record, header, "email", problems).toLowerCase(Locale.ROOT);
    if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
      problems.add("email '" + email + "' is not an email address");
    }
    JobRole role = jobRole(value(record, header, "job_role"), problems);
    BigDecimal fte = fte(value(record, header, "fte"), problems);
    LocalDate start = date(value(record, header, "start_date"), "start_date", problems);
    LocalDate leaving = date(value(record, header, "leaving_date"), "leaving_date", problems);
    if (start != null && leaving != null && leaving.isBefore(start)) {
      problems.add("leaving_date is before start_date");
    }
    String manager = value(record, header, "line_manager_email").toLowerCase(Locale.ROOT);
    if (!manager.isEmpty() && manager.equals(email)) {
      problems.add("a person cannot be their own line manager");
    }
    String team = value(record, header, "team");
    return new StaffRow(
        line,
        first,
        last,
        email,
        role,
        team.isEmpty() ? null : team,
        fte,
        start,
        leaving,
        manager.isEmpty() ? null : manager);
  }

  private static String value(CSVRecord record, List<String> header, String column) {
    int index = header.indexOf(column);
    if (index < 0) {
      return "";
    }
    String v = record.get(index);
    return v == null ? "" : v.trim();
  }

  private static String required(
      CSVRecord record, List<String> header, String column, List<String> problems) {
    String v = value(record, header, column);
    if (v.isEmpty()) {
      problems.add(column + " is empty");
    } else if (v.length() > 100 && !column.equals("email")) {
      problems.add(column + " is longer than 100 characters");
    }
    return v;
  }

  private static JobRole jobRole(String v, List<String> problems) {
    JobRole role = JobRoleNames.read(v).orElse(null);
    if (role == null) {
      problems.add("job_role '" + v + "' is not one of " + String.join(", ", jobRoleNames()));
    }
    return role;
  }

  private static List<String> jobRoleNames() {
    return java.util.Arrays.stream(JobRole.values()).map(Enum::name).toList();
  }

  private static BigDecimal fte(String v, List<String> problems) {
    if (v.isEmpty()) {
      return BigDecimal.ONE;
    }
    try {
      BigDecimal fte = new BigDecimal(v);
      if (fte.compareTo(new BigDecimal("0.01")) < 0 || fte.compareTo(BigDecimal.ONE) > 0) {
        problems.add("fte " + v + " must be between 0.01 and 1.0");
      } else if (fte.stripTrailingZeros().scale() > 2) {
        problems.add("fte " + v + " has more than two decimal places");
      }
      return fte;
    } catch (NumberFormatException e) {
      problems.add("fte '" + v + "' is not a number");
      return null;
    }
  }

  static LocalDate date(String v, String column, List<String> problems) {
    if (v.isEmpty()) {
      return null;
    }
    try {
      return v.contains("/") ? LocalDate.parse(v, BRITISH) : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      problems.add(column + " '" + v + "' is not a date (dd/MM/yyyy or yyyy-MM-dd)");
      return null;
    }
  }
}
