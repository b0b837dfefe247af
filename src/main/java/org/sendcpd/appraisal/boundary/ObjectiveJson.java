package org.sendcpd.appraisal.boundary;

import java.time.LocalDate;
import java.util.List;
import org.sendcpd.appraisal.control.AppraisalSheet;
import org.sendcpd.appraisal.control.ObjectiveDraft;
import org.sendcpd.appraisal.entity.ObjectiveStatus;
import org.sendcpd.appraisal.entity.ReviewPoint;

/** An objective as the API shows and takes it; reviews are null when not the caller's to read. */
public record ObjectiveJson(
    Long id,
    Long appraisalId,
    String text,
    Long priorityId,
    String priorityTitle,
    List<TargetJson> targets,
    String successCriteria,
    ObjectiveStatus status,
    List<ReviewJson> reviews) {

  /** A target competence and level. */
  public record TargetJson(String competenceCode, Integer level, String levelName) {}

  /** A review note at one review point. */
  public record ReviewJson(
      ReviewPoint point, String note, LocalDate reviewedOn, String reviewedBy) {}

  static ObjectiveJson of(long appraisalId, AppraisalSheet.ObjectiveSheet o) {
    return new ObjectiveJson(
        o.id(),
        appraisalId,
        o.text(),
        o.priorityId(),
        o.priorityTitle(),
        o.targets().stream()
            .map(t -> new TargetJson(t.competenceCode(), t.level(), t.levelName()))
            .toList(),
        o.successCriteria(),
        o.status(),
        o.reviews() == null
            ? null
            : o.reviews().stream()
                .map(r -> new ReviewJson(r.point(), r.note(), r.reviewedOn(), r.reviewedBy()))
                .toList());
  }

  ObjectiveDraft draft() {
    return new ObjectiveDraft(
        text,
        priorityId,
        targets == null
            ? List.of()
            : targets.stream()
                .map(
                    t ->
                        t == null
                            ? null
                            : new ObjectiveDraft.TargetDraft(t.competenceCode(), t.level()))
                .toList(),
        successCriteria,
        status);
  }
}
