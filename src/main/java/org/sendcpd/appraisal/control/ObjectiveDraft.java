package org.sendcpd.appraisal.control;

import java.util.List;
import org.sendcpd.appraisal.entity.ObjectiveStatus;

/** An objective as a manager writes it; checked field by field by {@link Objectives}. */
public record ObjectiveDraft(
    String text,
    Long priorityId,
    List<TargetDraft> targets,
    String successCriteria,
    ObjectiveStatus status) {

  /** A target: a competence by code and a level on its framework's ladder. */
  public record TargetDraft(String competenceCode, Integer level) {}
}
