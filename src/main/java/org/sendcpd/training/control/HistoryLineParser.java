package org.sendcpd.training.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sendcpd.training.entity.DeliveryType;

/**
 * Reads the values of one CPD history line and says in plain words what is wrong with each: dates
 * that do not exist or lie ahead, numbers that are not numbers or too large, texts too long. What
 * needs the database (the person, the course, the competence) is checked by {@link
 * CpdHistoryImport}.
 */
final class HistoryLineParser {

  static final BigDecimal MAX_HOURS = new BigDecimal("500");
  static final BigDecimal MAX_COST = new BigDecimal("100000");
  static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
  static final int MAX_TEXT = 200;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final DateTimeFormatter BRITISH =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private final LocalDate today;

  HistoryLineParser(LocalDate today) {
    this.today = today;
  }

  /** The entry, or null when the line has problems (added to the list). */
  HistoryEntry parse(HistoryLine line, List<String> problems) {
    int before = problems.size();
    String email = line.get("email").toLowerCase(Locale.ROOT);
    if (email.isEmpty()) {
      problems.add("email is empty: name the member of staff by their work email");
    } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
      problems.add("email '" + shorten(email) + "' is not an email address");
    }
    String title = text(line, "course_title", true, problems);
    DeliveryType delivery = delivery(line.get("delivery"), problems);
    LocalDate completed = date(line, "completed_on", problems);
    if (completed == null && line.get("completed_on").isEmpty()) {
      problems.add("completed_on is empty: give the day the training was completed");
    } else if (completed != null && completed.isAfter(today)) {
      problems.add("completed_on " + completed + " is in the future; import training once done");
    }
    BigDecimal hours = number(line, "hours", MAX_HOURS, problems);
    if (hours != null && hours.signum() <= 0) {
      problems.add("hours must be more than 0");
    }
    String code = line.get("competence_code");
    Integer level = level(line.get("level"), problems);
    if (code.isEmpty() && level != null) {
      problems.add("level " + level + " is given without a competence_code");
    } else if (!code.isEmpty() && level == null && line.get("level").isEmpty()) {
      problems.add("competence_code " + shorten(code) + " needs a level");
    }
    LocalDate expires = date(line, "expires_on", problems);
    if (expires != null && completed != null && !expires.isAfter(completed)) {
      problems.add("expires_on " + expires + " is not after completed_on " + completed);
    }
    String provider = text(line, "provider", false, problems);
    BigDecimal cost = number(line, "cost", MAX_COST, problems);
    if (problems.size() > before) {
      return null;
    }
    return new HistoryEntry(
        line.line(),
        email,
        title,
        delivery,
        completed,
        hours,
        code.isEmpty() ? null : code,
        level,
        expires,
        provider,
        cost);
  }

  private static String text(HistoryLine line, String column, boolean required, List<String> p) {
    String value = line.get(column);
    if (value.isEmpty()) {
      if (required) {
        p.add(column + " is empty: give the course's title");
      }
      return null;
    }
    if (value.length() > MAX_TEXT) {
      p.add(column + " is longer than " + MAX_TEXT + " characters");
    }
    return value;
  }

  private static DeliveryType delivery(String value, List<String> problems) {
    if (value.isEmpty()) {
      return null;
    }
    for (DeliveryType type : DeliveryType.values()) {
      if (type.name().equalsIgnoreCase(value.replace(' ', '_'))
          || type.label().equalsIgnoreCase(value)) {
        return type;
      }
    }
    problems.add(
        "delivery '"
            + shorten(value)
            + "' is not one of "
            + String.join(
                ", ", java.util.Arrays.stream(DeliveryType.values()).map(Enum::name).toList()));
    return null;
  }

  private LocalDate date(HistoryLine line, String column, List<String> problems) {
    String value = line.get(column);
    if (value.isEmpty()) {
      return null;
    }
    LocalDate date;
    try {
      date = value.contains("/") ? LocalDate.parse(value, BRITISH) : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(
          column
              + " '"
              + shorten(value)
              + "' is not a date (dd/mm/yyyy or yyyy-mm-dd) that exists");
      return null;
    }
    if (date.isBefore(EARLIEST) || date.getYear() > 9999) {
      problems.add(column + " " + date + " is not a plausible date");
      return null;
    }
    return date;
  }

  private static BigDecimal number(
      HistoryLine line, String column, BigDecimal max, List<String> problems) {
    String value = line.get(column);
    if (value.isEmpty()) {
      return null;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(value.replace("£", "").replace(",", "").strip());
    } catch (NumberFormatException e) {
      problems.add(column + " '" + shorten(value) + "' is not a number");
      return null;
    }
    if (number.signum() < 0 || number.compareTo(max) > 0) {
      problems.add(column + " " + shorten(value) + " must be between 0 and " + max.toPlainString());
      return null;
    }
    if (number.stripTrailingZeros().scale() > 2) {
      problems.add(column + " " + shorten(value) + " has more than two decimal places");
      return null;
    }
    return number;
  }

  private static Integer level(String value, List<String> problems) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      int level =
          Integer.parseInt(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
      if (level < 1 || level > 9) {
        problems.add("level " + level + " is not a level (1, 2, 3...)");
        return null;
      }
      return level;
    } catch (NumberFormatException e) {
      problems.add("level '" + shorten(value) + "' is not a whole number");
      return null;
    }
  }

  /** A value as the message quotes it: at most 40 characters. */
  static String shorten(String value) {
    return value.length() <= 40 ? value : value.substring(0, 37) + "...";
  }
}
