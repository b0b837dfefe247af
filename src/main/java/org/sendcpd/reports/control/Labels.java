package org.sendcpd.reports.control;

import java.util.Locale;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.framework.entity.AreaOfNeed;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.training.entity.DeliveryType;

/** The words and symbols reports print for the engine's codes. */
final class Labels {

  private Labels() {}

  /** The matrix symbol of a status: ✓ met, ✗ gap, ! expiring, ? pending, blank not required. */
  static String symbol(GapStatus status) {
    return switch (status) {
      case MET -> "✓";
      case GAP -> "✗";
      case EXPIRING -> "!";
      case PENDING -> "?";
      case NOT_REQUIRED -> "";
    };
  }

  static String status(GapStatus status) {
    return switch (status) {
      case MET -> "Met";
      case GAP -> "Gap";
      case EXPIRING -> "Expiring";
      case PENDING -> "Awaiting verification";
      case NOT_REQUIRED -> "Not required";
    };
  }

  /** TEACHER -> Teacher, SPECIALIST_EXTERNAL -> Specialist external. */
  static String words(String code) {
    if (code == null || code.isEmpty()) {
      return "";
    }
    String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** A job role in the model's own words ("Teaching assistant"). */
  static String role(String jobRole) {
    return JobRole.labelOf(jobRole);
  }

  /** A delivery type in the screens' words ("Specialist (external)"). */
  static String delivery(String delivery) {
    return DeliveryType.labelOf(delivery);
  }

  /** One of the four broad areas of need in the Code of Practice's words. */
  static String area(String areaOfNeed) {
    try {
      return AreaOfNeed.valueOf(areaOfNeed).label();
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return words(areaOfNeed);
    }
  }
}
