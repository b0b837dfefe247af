package org.sendcpd.appraisal.boundary;

import java.util.List;
import org.sendcpd.appraisal.control.AppraisalSheet;
import org.sendcpd.appraisal.control.AppraisalSummary;

/**
 * An appraisal in the API. A list answers without objectives (null); one appraisal answers with
 * them, and each objective's reviews are null for a caller who may not read review notes.
 */
public record AppraisalJson(
    long id,
    long staffId,
    String staffName,
    long appraiserId,
    String appraiserName,
    String academicYear,
    List<ObjectiveJson> objectives) {

  static AppraisalJson of(AppraisalSummary s) {
    return new AppraisalJson(
        s.id(),
        s.staffId(),
        s.staffName(),
        s.appraiserId(),
        s.appraiserName(),
        s.academicYear(),
        null);
  }

  static AppraisalJson of(AppraisalSheet s) {
    return new AppraisalJson(
        s.id(),
        s.staffId(),
        s.staffName(),
        s.appraiserId(),
        s.appraiserName(),
        s.academicYear(),
        s.objectives().stream().map(o -> ObjectiveJson.of(s.id(), o)).toList());
  }
}
