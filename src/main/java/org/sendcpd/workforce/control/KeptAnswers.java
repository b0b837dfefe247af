package org.sendcpd.workforce.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers made from one analysis (a page of the gaps, the capacity, encoded), kept with it for
 * whoever asks the same again and gone with it when the data changes: the last {@value
 * #ANSWERS_KEPT} asked.
 */
public final class KeptAnswers {

  private static final AtomicLong SERIALS = new AtomicLong();
  private static final int ANSWERS_KEPT = 32;

  private final long serial = SERIALS.incrementAndGet();
  private final Map<Object, Object> answers = new LinkedHashMap<>(16, 0.75f, true);

  /**
   * Tells this analysis from every other worked out by this instance: a new one is made whenever
   * the data under it changes, so an answer's tag built on it changes too.
   */
  public long serial() {
    return serial;
  }

  /** The answer to the question, made now if it is not kept. */
  @SuppressWarnings("unchecked")
  public <T> T get(Object question, Supplier<T> make) {
    synchronized (answers) {
      Object kept = answers.get(question);
      if (kept != null) {
        return (T) kept;
      }
    }
    T made = make.get();
    synchronized (answers) {
      answers.put(question, made);
      while (answers.size() > ANSWERS_KEPT) {
        answers.remove(answers.keySet().iterator().next());
      }
    }
    return made;
  }
}
