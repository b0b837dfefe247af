package org.sendcpd.training.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sendcpd.training.control.CertificateLink;
import org.sendcpd.training.control.LevelNames;
import org.sendcpd.training.entity.CpdRecord;

/** One record in the verification queue, with what the SENCO needs to judge it. */
public record QueueItem(
    long id,
    int version,
    long staffId,
    String person,
    String jobRole,
    String title,
    String provider,
    String delivery,
    LocalDate completedOn,
    BigDecimal hours,
    List<String> claims,
    String reflection,
    List<CertificateLink> certificates)
    implements Serializable {

  static QueueItem of(CpdRecord r, Map<String, String> levelNames) {
    return new QueueItem(
        r.getId(),
        r.getRowVersion(),
        r.getStaffMember().getId(),
        r.getStaffMember().getFullName(),
        r.getStaffMember().getJobRole().label(),
        r.getTitle(),
        r.getProvider(),
        DeliveryLabels.of(r.getDelivery()),
        r.getCompletedOn(),
        r.getHours(),
        r.getOutcomes().stream()
            .map(o -> LevelNames.label(levelNames, o.getCompetence(), o.getLevelRank()))
            .toList(),
        r.getReflection(),
        r.getEvidence().stream().map(CertificateLink::of).toList());
  }
}
