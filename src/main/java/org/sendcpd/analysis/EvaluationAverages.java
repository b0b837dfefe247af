package org.sendcpd.analysis;

import java.util.Collection;

/**
 * What attendees said of a session, a course or the training for a priority, as averages only: how
 * useful (1-5) and how confident before and after (1-4). Below {@link #MIN_ANSWERS} answers the
 * figures are null, because with three answers a SENCO who knows who attended can tell who said
 * what; the number of answers is always shown.
 */
public record EvaluationAverages(
    int answers, Double usefulness, Double confidenceBefore, Double confidenceAfter) {

  /** Fewest answers whose averages are shown. */
  public static final int MIN_ANSWERS = 5;

  /** One attendee's rating. */
  public record Rating(int usefulness, int confidenceBefore, int confidenceAfter) {}

  public static EvaluationAverages of(Collection<Rating> ratings) {
    int n = ratings.size();
    if (n < MIN_ANSWERS) {
      return new EvaluationAverages(n, null, null, null);
    }
    return new EvaluationAverages(
        n,
        round(ratings.stream().mapToInt(Rating::usefulness).average().orElseThrow()),
        round(ratings.stream().mapToInt(Rating::confidenceBefore).average().orElseThrow()),
        round(ratings.stream().mapToInt(Rating::confidenceAfter).average().orElseThrow()));
  }

  public boolean shown() {
    return usefulness != null;
  }

  /** Averages to one decimal place: finer would suggest a precision five answers do not have. */
  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
