package org.sendcpd.workforce.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import org.sendcpd.analysis.Workforce;

/**
 * Schools' parts of the trust made with loading and analysing overlapped: the calling thread loads
 * one school's rows (it holds the entity manager, which must not cross threads) while the school
 * loaded before is analysed on the executor. At most two schools' rows are held at once: a school
 * is loaded only after the one before last has been analysed.
 */
final class OverlappedParts {

  private OverlappedParts() {}

  /**
   * Each school's part, in the order given.
   *
   * @param load reads a school's rows; called on the caller's thread only
   * @param analyse makes a school's part from its rows; called on the executor
   */
  static Map<Long, TrustPart> make(
      List<Long> schools,
      LongFunction<Workforce> load,
      BiFunction<Long, Workforce, TrustPart> analyse,
      Executor executor) {
    Map<Long, CompletableFuture<TrustPart>> made = new LinkedHashMap<>();
    CompletableFuture<TrustPart> analysing = CompletableFuture.completedFuture(null);
    for (long schoolId : schools) {
      Workforce workforce = load.apply(schoolId);
      join(analysing);
      analysing = CompletableFuture.supplyAsync(() -> analyse.apply(schoolId, workforce), executor);
      made.put(schoolId, analysing);
    }
    Map<Long, TrustPart> parts = new LinkedHashMap<>();
    made.forEach((schoolId, part) -> parts.put(schoolId, join(part)));
    return parts;
  }

  /** The part, or the analysis's own failure rather than its wrapper. */
  private static TrustPart join(CompletableFuture<TrustPart> part) {
    try {
      return part.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }
}
