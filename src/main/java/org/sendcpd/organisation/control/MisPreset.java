package org.sendcpd.organisation.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a school's management information system names the columns of its staff export, mapped onto
 * the columns of our staff CSV (DESIGN.md). A SENCO can then upload the file the MIS gives them
 * instead of retyping it. The standard format asks for every column; an MIS export needs only the
 * four that identify a person and their role, since most exports carry no line manager. Headings
 * are matched without regard to case, spaces or punctuation, and a standard column name always
 * matches too.
 */
public enum MisPreset {
  STANDARD("SEND CPD", Map.of(), true),
  SIMS(
      "SIMS",
      Map.of(
          "first_name", List.of("Legal Forename", "Forename", "Preferred Forename"),
          "last_name", List.of("Legal Surname", "Surname", "Preferred Surname"),
          "email", List.of("Work Email", "Email Address", "Email"),
          "job_role", List.of("Staff Role", "Role", "Post"),
          "team", List.of("Department", "Team"),
          "fte", List.of("FTE", "Contract FTE"),
          "start_date", List.of("Employment Start Date", "Start Date"),
          "leaving_date", List.of("Employment End Date", "End Date", "Leaving Date"),
          "line_manager_email", List.of("Line Manager Email")),
      false),
  ARBOR(
      "Arbor",
      Map.of(
          "first_name", List.of("First Name", "Legal First Name"),
          "last_name", List.of("Last Name", "Legal Last Name"),
          "email", List.of("Work Email", "Email"),
          "job_role", List.of("Job Title", "Role"),
          "team", List.of("Department", "Team"),
          "fte", List.of("FTE"),
          "start_date", List.of("Contract Start Date", "Start Date"),
          "leaving_date", List.of("Contract End Date", "End Date"),
          "line_manager_email", List.of("Line Manager Email", "Line Manager Work Email")),
      false),
  BROMCOM(
      "Bromcom",
      Map.of(
          "first_name", List.of("Preferred Forename", "Forename"),
          "last_name", List.of("Preferred Surname", "Surname"),
          "email", List.of("Email", "Work Email"),
          "job_role", List.of("Staff Type", "Role", "Job Title"),
          "team", List.of("Team", "Department"),
          "fte", List.of("FTE"),
          "start_date", List.of("Start Date"),
          "leaving_date", List.of("Leave Date", "Leaving Date", "End Date"),
          "line_manager_email", List.of("Line Manager Email")),
      false);

  private final String label;
  private final Map<String, List<String>> headings;
  private final boolean everyColumn;

  MisPreset(String label, Map<String, List<String>> headings, boolean everyColumn) {
    this.label = label;
    this.headings = headings;
    this.everyColumn = everyColumn;
  }

  public String label() {
    return label;
  }

  /** The preset a request names (case-insensitive); empty when the name is unknown. */
  public static Optional<MisPreset> named(String name) {
    return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(name.trim())).findFirst();
  }

  public static String names() {
    return String.join(
        ", ", Arrays.stream(values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList());
  }

  /** Our column for one heading of the file, or empty when the heading means nothing to us. */
  Optional<String> column(String heading) {
    String key = key(heading);
    for (String column : StaffCsvParser.COLUMNS) {
      if (key(column).equals(key)
          || headings.getOrDefault(column, List.of()).stream().anyMatch(h -> key(h).equals(key))) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  /** Every column for our own format; for an export, those without which no row names a person. */
  List<String> required() {
    return everyColumn
        ? StaffCsvParser.COLUMNS
        : List.of("first_name", "last_name", "email", "job_role");
  }

  /** How the message for a missing column names it: ours, and the MIS's headings for it. */
  String describe(String column) {
    List<String> own = headings.getOrDefault(column, List.of());
    return own.isEmpty()
        ? column
        : column + " (" + label + ": '" + String.join("' or '", own) + "')";
  }

  private static String key(String heading) {
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
