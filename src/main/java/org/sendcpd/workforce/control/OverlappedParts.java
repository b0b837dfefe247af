package org.sendcpd.workforce.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.sendcpd.analysis.Workforce;

/**
 * Schools' parts of the trust made with loading and analysing overlapped: the calling thread loads
 * a batch of schools' rows (it holds the entity manager, which must not cross threads) while the
 * schools of the batch before are analysed on the executor. At most two batches' rows are held at
 * once: a batch is loaded only after the one before last has been analysed.
 */
final class OverlappedParts {

  private OverlappedParts() {}

  /**
   * Each school's part, in the order given.
   *
   * @param batchSize how many schools are read together
   * @param load reads the rows of a batch of schools, school by school; called on the caller's
   *     thread only
   * @param analyse makes a school's part from its rows; called on the executor
   */
  static Map<Long, TrustPart> make(
      List<Long> schools,
      int batchSize,
      Function<List<Long>, Map<Long, Workforce>> load,
      BiFunction<Long, Workforce, TrustPart> analyse,
      Executor executor) {
    Map<Long, CompletableFuture<TrustPart>> made = new LinkedHashMap<>();
    List<CompletableFuture<TrustPart>> analysing = List.of();
    for (int from = 0; from < schools.size(); from += batchSize) {
      List<Long> batch = schools.subList(from, Math.min(schools.size(), from + batchSize));
      Map<Long, Workforce> loaded = load.apply(batch);
      analysing.forEach(OverlappedParts::join);
      List<CompletableFuture<TrustPart>> next = new ArrayList<>();
      for (long schoolId : batch) {
        Workforce workforce = loaded.get(schoolId);
        CompletableFuture<TrustPart> part =
            CompletableFuture.supplyAsync(() -> analyse.apply(schoolId, workforce), executor);
        next.add(part);
        made.put(schoolId, part);
      }
      analysing = next;
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
