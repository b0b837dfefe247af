package org.sendcpd.gaps.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sendcpd.workforce.control.EmptyAnalysis;
import org.sendcpd.workforce.control.SchoolAnalysis;

/** The matrix's JSON is written once per analysis, and again for a new analysis of the school. */
class GapAnswersTest {

  static SchoolAnalysis analysis() {
    return EmptyAnalysis.of(1L, LocalDate.of(2026, 11, 23));
  }

  @Test
  void theAnswerIsWrittenOncePerAnalysis() {
    GapAnswers answers = new GapAnswers();
    AtomicInteger written = new AtomicInteger();
    SchoolAnalysis first = analysis();
    byte[] json =
        answers.of(
            first, () -> ("[" + written.incrementAndGet() + "]").getBytes(StandardCharsets.UTF_8));
    assertArrayEquals(json, answers.of(first, () -> new byte[0]));
    assertEquals(1, written.get());

    answers.of(
        analysis(), () -> ("[" + written.incrementAndGet() + "]").getBytes(StandardCharsets.UTF_8));
    assertEquals(2, written.get(), "a new analysis (the data changed) is written afresh");
  }
}
