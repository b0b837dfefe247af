package org.sendcpd.deployment.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sendcpd.analysis.SchoolDays;
import org.sendcpd.organisation.control.LineError;
import org.sendcpd.platform.control.TextFiles;

/**
 * Reads a deployments CSV: header {@code email,group,days,from,to}; days as codes separated by
 * spaces, semicolons or slashes, or a run ("MON-THU"); dates ISO or dd/MM/yyyy, optional. A person
 * may have several lines (a TA in two groups). Every line is checked; errors name their line (1 is
 * the header).
 */
public final class DeploymentCsv {

  static final List<String> COLUMNS = List.of("email", "group", "days", "from", "to");
  private static final DateTimeFormatter UK =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** One line: whose, and the deployment it gives them. */
  public record Line(long number, String email, DeploymentDraft draft) {}

  /** The lines that read well, and the errors of those that did not. */
  public record Result(List<Line> lines, List<LineError> errors) {}

  private DeploymentCsv() {}

  public static Result parse(String text) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    List<Line> lines = new ArrayList<>();
    List<LineError> errors = new ArrayList<>();
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Optional<String> notText = TextFiles.whyNotText(body);
    if (notText.isPresent()) {
      return new Result(List.of(), List.of(new LineError(1, notText.get())));
    }
    try (CSVParser parser = format.parse(new StringReader(body))) {
      List<String> header =
          parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
      List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
      if (!missing.isEmpty()) {
        return new Result(
            List.of(),
            List.of(new LineError(1, "missing column(s): " + String.join(", ", missing))));
      }
      for (CSVRecord record : parser) {
        long number = parser.getCurrentLineNumber();
        List<String> problems = new ArrayList<>();
        Line line = line(record, header, number, problems);
        problems.forEach(p -> errors.add(new LineError(number, p)));
        if (problems.isEmpty()) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException malformed) {
      errors.add(new LineError(0, "the file is not valid CSV: " + malformed.getMessage()));
    }
    // the good lines come back beside the errors, so the import can name unknown people too
    return new Result(lines, errors);
  }

  private static Line line(
      CSVRecord record, List<String> header, long number, List<String> problems) {
    String email = value(record, header, "email");
    String group = value(record, header, "group");
    if (email.isEmpty()) {
      problems.add("email is empty");
    }
    Set<DayOfWeek> days = days(value(record, header, "days"), problems);
    LocalDate from = date(value(record, header, "from"), "from", problems);
    LocalDate to = date(value(record, header, "to"), "to", problems);
    return new Line(
        number, email.toLowerCase(Locale.ROOT), new DeploymentDraft(group, days, from, to));
  }

  private static String value(CSVRecord record, List<String> header, String column) {
    int at = header.indexOf(column);
    return at < record.size() ? record.get(at).strip() : "";
  }

  static Set<DayOfWeek> days(String text, List<String> problems) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String part : text.split("[\\s;/|]+")) {
      if (part.isEmpty()) {
        continue;
      }
      String[] ends = part.split("-", -1);
      DayOfWeek first = SchoolDays.parse(ends[0]);
      DayOfWeek last = ends.length == 2 ? SchoolDays.parse(ends[1]) : first;
      if (ends.length > 2 || first == null || last == null || last.compareTo(first) < 0) {
        problems.add("days: " + part + " is not a school day or run of days (MON to FRI)");
      } else {
        days.addAll(EnumSet.range(first, last));
      }
    }
    return days;
  }

  private static LocalDate date(String text, String column, List<String> problems) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return text.contains("/") ? LocalDate.parse(text, UK) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(column + ": " + text + " is not a date (yyyy-MM-dd or dd/MM/yyyy)");
      return null;
    }
  }
}
