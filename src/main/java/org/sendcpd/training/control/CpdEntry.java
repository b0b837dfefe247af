package org.sendcpd.training.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.sendcpd.analysis.HeldPeriod;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.RecordSource;
import org.sendcpd.training.entity.RecordStatus;

/**
 * One line of a CPD ledger as people read it: what, when, the competences it evidences, whether it
 * is verified, where its certificate stands on a given day, and whether it was imported from the
 * school's earlier records.
 */
public record CpdEntry(
    long id,
    String title,
    String provider,
    DeliveryType delivery,
    LocalDate completedOn,
    BigDecimal hours,
    List<String> competences,
    RecordStatus status,
    String rejectionReason,
    LocalDate expiresOn,
    Validity validity,
    long daysToExpiry,
    List<CertificateLink> certificates,
    boolean imported)
    implements Serializable {

  /** Where a record's certificate stands on the day asked about. */
  public enum Validity {
    NO_EXPIRY,
    VALID,
    LAPSING_SOON,
    EXPIRED
  }

  static CpdEntry of(
      CpdRecord r,
      List<String> competences,
      List<CertificateLink> certificates,
      LocalDate today,
      int windowDays) {
    long days = r.getExpiresOn() == null ? 0 : ChronoUnit.DAYS.between(today, r.getExpiresOn());
    return new CpdEntry(
        r.getId(),
        r.getTitle(),
        r.getProvider(),
        r.getDelivery(),
        r.getCompletedOn(),
        r.getHours(),
        List.copyOf(competences),
        r.getStatus(),
        r.getRejectionReason(),
        r.getExpiresOn(),
        validity(r.getExpiresOn(), today, windowDays),
        days,
        List.copyOf(certificates),
        r.getSource() == RecordSource.IMPORTED);
  }

  /** Expired, lapsing within the look-ahead window, valid beyond it, or never lapsing. */
  static Validity validity(LocalDate expiresOn, LocalDate today, int windowDays) {
    if (expiresOn == null) {
      return Validity.NO_EXPIRY;
    }
    if (HeldPeriod.expiredBy(expiresOn, today)) {
      return Validity.EXPIRED;
    }
    return HeldPeriod.lapsesWithin(expiresOn, today, windowDays)
        ? Validity.LAPSING_SOON
        : Validity.VALID;
  }
}
