package org.sendcpd.training.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sendcpd.training.control.CpdDraft;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.Evidence;
import org.sendcpd.training.entity.RecordSource;
import org.sendcpd.training.entity.RecordStatus;

/**
 * A CPD record as the API shows and takes it. On the way in only the fields a person logs count;
 * status, source, verification and evidence are the system's to set.
 */
public record CpdRecordJson(
    Long id,
    Long staffId,
    Long courseId,
    String title,
    String provider,
    DeliveryType delivery,
    LocalDate completedOn,
    BigDecimal hours,
    BigDecimal cost,
    List<OutcomeJson> outcomes,
    String reflection,
    RecordStatus status,
    RecordSource source,
    String rejectionReason,
    String verifiedBy,
    Instant verifiedAt,
    LocalDate expiresOn,
    List<EvidenceJson> evidence,
    @Schema(
            description =
                "optional on POST: what the person will change and for which area of need; read"
                    + " it back at /api/cpd-records/{id}/follow-up")
        FollowUpJson.IntendedChangeJson intendedChange) {

  /** A competence and level, as in courses: {@code {"competenceCode": "CI-02", "level": 2}}. */
  public record OutcomeJson(String competenceCode, Integer level) {}

  /** A certificate's facts and where to download it. */
  public record EvidenceJson(
      Long id,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      Instant uploadedAt,
      String uploadedBy,
      String href) {

    static EvidenceJson of(Evidence e) {
      return new EvidenceJson(
          e.getId(),
          e.getOriginalFileName(),
          e.getContentType(),
          e.getSizeBytes(),
          e.getSha256(),
          e.getUploadedAt(),
          e.getUploadedBy(),
          "/api/cpd-records/" + e.getRecord().getId() + "/evidence/" + e.getId());
    }
  }

  /** The reason a SENCO gives when rejecting. */
  public record RejectionJson(String reason) {}

  static CpdRecordJson of(CpdRecord r) {
    return new CpdRecordJson(
        r.getId(),
        r.getStaffMember().getId(),
        r.getCourse() == null ? null : r.getCourse().getId(),
        r.getTitle(),
        r.getProvider(),
        r.getDelivery(),
        r.getCompletedOn(),
        r.getHours(),
        r.getCost(),
        r.getOutcomes().stream()
            .map(o -> new OutcomeJson(o.getCompetence().getCode(), o.getLevelRank()))
            .toList(),
        r.getReflection(),
        r.getStatus(),
        r.getSource(),
        r.getRejectionReason(),
        r.getVerifiedBy(),
        r.getVerifiedAt(),
        r.getExpiresOn(),
        r.getEvidence().stream().map(EvidenceJson::of).toList(),
        null);
  }

  CpdDraft draft() {
    return new CpdDraft(
        staffId,
        courseId,
        title,
        provider,
        delivery,
        completedOn,
        hours,
        cost,
        outcomes == null
            ? List.of()
            : outcomes.stream()
                .map(
                    o ->
                        o == null
                            ? new CpdDraft.Claim(null, null)
                            : new CpdDraft.Claim(o.competenceCode(), o.level()))
                .toList(),
        reflection);
  }
}
