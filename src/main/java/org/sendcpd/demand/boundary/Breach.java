package org.sendcpd.demand.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.sendcpd.analysis.RuleCheck;
import org.sendcpd.workforce.control.SchoolAnalysis;

/** A coverage rule that is breached now, or will be within the look-ahead window, and why. */
public record Breach(
    String rule, int holders, int minHolders, boolean now, LocalDate on, String why)
    implements Serializable {

  static List<Breach> of(SchoolAnalysis analysis) {
    return analysis.rules().stream()
        .filter(r -> r.breachedNow() || r.breachDate() != null)
        .sorted((a, b) -> a.breachDate().compareTo(b.breachDate()))
        .map(r -> of(analysis, r))
        .toList();
  }

  private static Breach of(SchoolAnalysis analysis, RuleCheck r) {
    String who =
        r.causeStaffId() == null || analysis.person(r.causeStaffId()) == null
            ? null
            : analysis.person(r.causeStaffId()).name();
    String why =
        switch (r.cause()) {
          case TOO_FEW_HOLDERS -> r.breachedNow() ? "too few valid holders now" : "the rule starts";
          case CERTIFICATE_LAPSES -> who + "'s certificate lapses";
          case HOLDER_LEAVES -> who + " leaves";
          case HOLDER_MOVES -> who + " is no longer deployed there that day";
        };
    if (r.day() != null) {
      why = r.day().getDisplayName(TextStyle.FULL, Locale.UK) + "s: " + why;
    }
    return new Breach(r.name(), r.holders(), r.minHolders(), r.breachedNow(), r.breachDate(), why);
  }
}
