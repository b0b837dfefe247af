package org.sendcpd.workforce.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendcpd.analysis.Evidence;

/** Two sources of evidence add up, whichever runs first. */
class WorkforcePartsTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  static final Evidence RECORD = new Evidence(5, 1, 10, 2, Evidence.Status.VERIFIED, DAY, null, 3L);
  static final Evidence OBSERVATION = Evidence.observed(5, 1, 11, 1, DAY);

  @Test
  void trainingThenObservationsKeepsBoth() {
    WorkforceParts parts = new WorkforceParts();
    parts.evidence(List.of(RECORD));
    parts.evidence(List.of(OBSERVATION));

    assertEquals(List.of(RECORD, OBSERVATION), parts.workforce().evidence());
  }

  @Test
  void observationsThenTrainingKeepsBoth() {
    WorkforceParts parts = new WorkforceParts();
    parts.evidence(List.of(OBSERVATION));
    parts.evidence(List.of());
    parts.evidence(List.of(RECORD));

    assertEquals(List.of(OBSERVATION, RECORD), parts.workforce().evidence());
  }

  @Test
  void aRecordAndAnObservationWithOneNumberAreTwoOrigins() {
    assertEquals(false, RECORD.sameOrigin(OBSERVATION));
    assertEquals(true, OBSERVATION.sameOrigin(Evidence.observed(5, 1, 12, 2, DAY)));
  }
}
