package org.sendcpd.training.control;

import java.util.List;
import java.util.Map;
import org.sendcpd.platform.control.InvalidInputException;

/**
 * A session planned at an unusual time (a weekend, the holidays, a whole day while pupils are in),
 * refused until the planner confirms it is meant: a 400 naming the start, or the calendar's warning
 * with "Save anyway".
 */
public class OffSchoolDayException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  private final List<String> concerns;

  public OffSchoolDayException(List<String> concerns) {
    super(
        "Training usually happens on school days: "
            + String.join("; ", concerns)
            + ". Send confirm=true to plan it at this time anyway.",
        concerns.stream().map(c -> Map.of("field", "startsAt", "message", c)).toList());
    this.concerns = List.copyOf(concerns);
  }

  public List<String> concerns() {
    return concerns;
  }
}
