package org.sendcpd.demand.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sendcpd.platform.control.InvalidInputException;

/** Collects what is wrong with an input, field by field, and refuses it all at once. */
public final class FieldErrors {

  private final List<Map<String, String>> details = new ArrayList<>();

  public void add(String field, String message) {
    details.add(Map.of("field", field, "message", message));
  }

  public boolean isEmpty() {
    return details.isEmpty();
  }

  /** Throws when anything was wrong, so nothing is saved from a partly bad input. */
  public void throwIfAny(String summary) {
    if (!details.isEmpty()) {
      throw new InvalidInputException(summary, details);
    }
  }
}
