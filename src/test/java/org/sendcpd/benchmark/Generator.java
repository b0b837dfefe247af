package org.sendcpd.benchmark;

import java.time.LocalDate;

/**
 * The benchmark's data, deterministic from a seed: the same size, reference date and seed always
 * give the same rows, in the same order, parents before children.
 */
final class Generator {

  private Generator() {}

  /** Writes the rows; answers what was made (who works where), for the figures that need it. */
  static Model generate(Size size, LocalDate today, long seed, RowSink sink) {
    Model model = new Model(size, today, seed);
    OrganisationRows.generate(model, sink);
    FrameworkRows.generate(model, sink);
    RecordRows.generate(model, sink);
    PlanRows.generate(model, sink);
    DeploymentRows.generate(model, sink);
    return model;
  }
}
