package org.sendcpd.deployment.control;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.sendcpd.demand.control.FieldErrors;
import org.sendcpd.deployment.entity.StaffDeployment;

/**
 * What a deployment must say: a group (at most 50 characters, as need profiles name groups), at
 * least one school day, and dates, when given, in order and within this century (a mistyped year
 * such as 20266 is refused rather than kept).
 */
public final class DeploymentRules {

  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

  /** More than anyone is deployed to: a list this long is a mistake or an attack. */
  static final int MAX_ENTRIES = 50;

  private DeploymentRules() {}

  /** Adds a refusal for each wrong field, named {@code prefix[i].field}. */
  public static void check(List<DeploymentDraft> drafts, String prefix, FieldErrors errors) {
    if (drafts.size() > MAX_ENTRIES) {
      errors.add(prefix.isEmpty() ? "deployments" : prefix, "at most " + MAX_ENTRIES + " entries");
      return;
    }
    for (int i = 0; i < drafts.size(); i++) {
      check(drafts.get(i), prefix + "[" + i + "].", errors);
    }
  }

  public static void check(DeploymentDraft d, String at, FieldErrors errors) {
    check(d, at, errors::add);
  }

  /** The same, each refusal handed over as field and message. */
  static void check(DeploymentDraft d, String at, BiConsumer<String, String> errors) {
    if (d == null) {
      errors.accept(at + "group", "empty entry");
      return;
    }
    if (d.group() == null || d.group().isBlank()) {
      errors.accept(at + "group", "name the class, year group or provision");
    } else if (d.group().strip().length() > StaffDeployment.GROUP_LENGTH) {
      errors.accept(at + "group", "at most " + StaffDeployment.GROUP_LENGTH + " characters");
    }
    if (d.days() == null || d.days().isEmpty()) {
      errors.accept(at + "days", "name at least one school day (MON to FRI)");
    }
    date(d.from(), at + "from", errors);
    date(d.to(), at + "to", errors);
    if (d.from() != null && d.to() != null && d.to().isBefore(d.from())) {
      errors.accept(at + "to", "the end date cannot come before the start date");
    }
  }

  private static void date(LocalDate date, String field, BiConsumer<String, String> errors) {
    if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
      errors.accept(field, "a date between " + EARLIEST + " and " + LATEST);
    }
  }
}
