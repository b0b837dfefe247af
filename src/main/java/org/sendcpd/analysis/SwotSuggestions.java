package org.sendcpd.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Strengths and weaknesses a self-review suggests for the development plan's SWOT, one point per
 * line, from the indicators and the positions the leaders chose (1 bolted-on to 4 whole-school).
 * The leaders edit them before they become the plan's; the thresholds are where the record starts
 * to say something either way, and between them it says nothing:
 *
 * <ul>
 *   <li>specialist holdings: the SENCO holding half or more is a weakness, a quarter or less a
 *       strength;
 *   <li>an area of need: half or more of the teachers at enhanced a strength, under a quarter a
 *       weakness;
 *   <li>CPD hours: a TA getting under half a teacher's hours is a weakness, four fifths or more a
 *       strength;
 *   <li>who leads: three or more people a strength, one or none a weakness;
 *   <li>single points of failure: any resting on the SENCO alone, or held by nobody, a weakness;
 *       none at all a strength;
 *   <li>an element placed at 3 or 4 a strength, at 1 or 2 a weakness.
 * </ul>
 */
public final class SwotSuggestions {

  static final double HIGH = 0.5;
  static final double LOW = 0.25;
  static final double FAIR_HOURS = 0.8;
  static final int MANY_LEADERS = 3;

  private SwotSuggestions() {}

  /** What a review suggests, as lines of text. */
  public record Suggested(List<String> strengths, List<String> weaknesses) {

    public String strengthsText() {
      return String.join("\n", strengths);
    }

    public String weaknessesText() {
      return String.join("\n", weaknesses);
    }
  }

  /**
   * @param placed each element's name (as the screen shows it) with its position, in order
   * @param areaLabel the words for an area of need's code
   */
  public static Suggested of(
      WholeSchoolIndicators w, Map<String, Integer> placed, Function<String, String> areaLabel) {
    List<String> strengths = new ArrayList<>();
    List<String> weaknesses = new ArrayList<>();
    placed.forEach(
        (element, position) ->
            (position >= 3 ? strengths : weaknesses)
                .add(element + ": placed at " + position + " of 4 by the leaders"));
    Double senco = w.specialistHeldBySencoShare();
    String holdings =
        w.specialistHeldBySenco() + " of " + w.specialistHoldings() + " specialist-level holdings";
    if (senco != null && senco >= HIGH) {
      weaknesses.add("Specialist knowledge rests with the SENCO: " + holdings);
    } else if (senco != null && senco <= LOW) {
      strengths.add("Specialist knowledge is spread: the SENCO has " + holdings);
    }
    for (WholeSchoolIndicators.AreaShare a : w.teachersEnhancedShareByArea()) {
      if (a.share() == null) {
        continue;
      }
      String text =
          a.enhanced()
              + " of "
              + a.teachers()
              + " teachers at enhanced or above in "
              + areaLabel.apply(a.areaOfNeed());
      if (a.share() >= HIGH) {
        strengths.add(text);
      } else if (a.share() < LOW) {
        weaknesses.add("Only " + text);
      }
    }
    hours(w.cpdHoursTeachersVsTas(), strengths, weaknesses);
    WholeSchoolIndicators.StaffLed led = w.staffWhoLedTraining();
    if (led.count() >= MANY_LEADERS) {
      strengths.add(led.count() + " members of staff led training or coaching this year");
    } else if (led.count() <= 1) {
      weaknesses.add(
          (led.count() == 0 ? "Nobody" : "Only one member of staff")
              + " led training or coaching this year");
    }
    WholeSchoolIndicators.SinglePoints points = w.singlePointsOfFailure();
    if (points.onlyHolderIsSenco() > 0) {
      weaknesses.add(
          "The SENCO is the only holder in "
              + points.onlyHolderIsSenco()
              + " of "
              + points.total()
              + " single points of failure");
    }
    if (points.heldByNobody() > 0) {
      weaknesses.add(points.heldByNobody() + " required competences are held by nobody in post");
    }
    if (points.total() == 0) {
      strengths.add("No required competence rests on one person");
    }
    return new Suggested(List.copyOf(strengths), List.copyOf(weaknesses));
  }

  private static void hours(
      WholeSchoolIndicators.HoursSplit h, List<String> strengths, List<String> weaknesses) {
    if (h.hoursPerTeacher() == null || h.hoursPerTa() == null || h.hoursPerTeacher() == 0) {
      return;
    }
    double ratio = h.hoursPerTa() / h.hoursPerTeacher();
    String text =
        "TAs had " + hours(h.hoursPerTa()) + " of CPD each, teachers " + hours(h.hoursPerTeacher());
    if (ratio < HIGH) {
      weaknesses.add(text);
    } else if (ratio >= FAIR_HOURS) {
      strengths.add(text);
    }
  }

  private static String hours(double value) {
    return String.format(java.util.Locale.UK, "%.1f h", value);
  }
}
