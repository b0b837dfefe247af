package org.sendcpd.gaps.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import org.sendcpd.workforce.control.SchoolAnalysis;

/**
 * A school's whole gap matrix as the API writes it, kept beside the analysis it came from: the
 * answer is megabytes of JSON for a large school and is asked for again and again, while the
 * analysis itself is only replaced when the data changes (AnalysisCache). Keyed by the analysis
 * object, so the text goes when its analysis goes.
 */
@ApplicationScoped
public class GapAnswers {

  private final Map<SchoolAnalysis, byte[]> answers = new WeakHashMap<>();

  public byte[] of(SchoolAnalysis analysis, Supplier<byte[]> write) {
    synchronized (answers) {
      byte[] kept = answers.get(analysis);
      if (kept != null) {
        return kept;
      }
    }
    byte[] written = write.get();
    synchronized (answers) {
      answers.put(analysis, written);
    }
    return written;
  }
}
