package org.sendcpd.workforce.control;

/**
 * A component that keeps part of what the analysis reads (training records, appraisal targets,
 * pupils' needs) and loads it for the workforce. The components above this one register a source
 * each, so the workforce is loaded in one place without depending on them.
 */
public interface WorkforceSource {

  /** Loads this component's tables for the query's school or trust into the parts. */
  void load(WorkforceQuery query, WorkforceParts parts);
}
