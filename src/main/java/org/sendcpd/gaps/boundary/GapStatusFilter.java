package org.sendcpd.gaps.boundary;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.platform.control.InvalidInputException;

/**
 * The statuses a gaps request keeps: {@code ?status=GAP,EXPIRING} or the parameter repeated, in any
 * case; every status when none is named. An unknown name is bad input that lists the known.
 */
record GapStatusFilter(Set<GapStatus> wanted) {

  GapStatusFilter {
    wanted = Set.copyOf(wanted);
  }

  static GapStatusFilter of(List<String> values) {
    Set<GapStatus> wanted = EnumSet.noneOf(GapStatus.class);
    for (String value : values == null ? List.<String>of() : values) {
      for (String name : value.split(",")) {
        if (!name.isBlank()) {
          wanted.add(status(name.strip()));
        }
      }
    }
    return new GapStatusFilter(wanted.isEmpty() ? EnumSet.allOf(GapStatus.class) : wanted);
  }

  /** True when no status is left out, so every person in post is counted. */
  boolean keepsEvery() {
    return wanted.size() == GapStatus.values().length;
  }

  boolean keeps(GapCell cell) {
    return wanted.contains(cell.status());
  }

  private static GapStatus status(String name) {
    try {
      return GapStatus.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      String known =
          Arrays.stream(GapStatus.values()).map(Enum::name).collect(Collectors.joining(", "));
      String message = "status '" + name + "' is not one of " + known;
      throw new InvalidInputException(
          message, List.of(Map.of("field", "status", "message", message)));
    }
  }
}
