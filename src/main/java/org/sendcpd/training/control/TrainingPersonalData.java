package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.sendcpd.organisation.control.PersonalData;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.Evidence;

/**
 * What training keeps of one person, for their download: CPD records with their outcomes and
 * certificates (the files go in the zip under {@code certificates/}), and bookings.
 */
@ApplicationScoped
public class TrainingPersonalData {

  @PersistenceContext EntityManager em;
  @Inject EvidenceStore store;

  public record Outcome(String competenceCode, int level) {}

  public record Certificate(
      long id,
      String fileName,
      String contentType,
      long sizeBytes,
      Instant uploadedAt,
      String file) {}

  public record Record(
      long id,
      String title,
      String provider,
      String delivery,
      LocalDate completedOn,
      BigDecimal hours,
      BigDecimal cost,
      String reflection,
      String source,
      String status,
      String rejectionReason,
      String verifiedBy,
      Instant verifiedAt,
      LocalDate expiresOn,
      List<Outcome> outcomes,
      List<Certificate> certificates) {}

  public record BookingData(
      long id, String course, LocalDateTime startsAt, String status, Instant bookedAt) {}

  void export(@Observes PersonalData data) {
    data.staffId()
        .ifPresent(
            staffId -> {
              List<CpdRecord> records =
                  em.createNamedQuery(CpdRecord.FIND_BY_STAFF, CpdRecord.class)
                      .setParameter("staffId", staffId)
                      .getResultList();
              data.add("cpdRecords", records.stream().map(r -> record(r, data)).toList());
              data.add(
                  "bookings",
                  em.createNamedQuery(Booking.FIND_BY_STAFF, Booking.class)
                      .setParameter("staffId", staffId)
                      .getResultStream()
                      .map(TrainingPersonalData::booking)
                      .toList());
            });
  }

  private Record record(CpdRecord r, PersonalData data) {
    return new Record(
        r.getId(),
        r.getTitle(),
        r.getProvider(),
        r.getDelivery().name(),
        r.getCompletedOn(),
        r.getHours(),
        r.getCost(),
        r.getReflection(),
        r.getSource().name(),
        r.getStatus().name(),
        r.getRejectionReason(),
        r.getVerifiedBy(),
        r.getVerifiedAt(),
        r.getExpiresOn(),
        r.getOutcomes().stream()
            .map(o -> new Outcome(o.getCompetence().getCode(), o.getLevelRank()))
            .toList(),
        r.getEvidence().stream().map(e -> certificate(r, e, data)).toList());
  }

  private Certificate certificate(CpdRecord r, Evidence e, PersonalData data) {
    String name =
        EvidenceCheck.downloadName(
            e.getOriginalFileName(), EvidenceType.ofContentType(e.getContentType()));
    String inZip = "certificates/" + r.getId() + "-" + e.getId() + "-" + name;
    data.addFile(inZip, store.fileOf(e.getStoredName()));
    return new Certificate(
        e.getId(),
        e.getOriginalFileName(),
        e.getContentType(),
        e.getSizeBytes(),
        e.getUploadedAt(),
        inZip);
  }

  private static BookingData booking(Booking b) {
    return new BookingData(
        b.getId(),
        b.getSession().getCourse().getTitle(),
        b.getSession().getStartsAt(),
        b.getStatus().name(),
        b.getBookedAt());
  }
}
