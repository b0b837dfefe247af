package org.sendcpd.training.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.sendcpd.training.control.RegisterResult;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.RecordStatus;

/**
 * The answer to a marked register: the verified records of those present ("created" of them new),
 * records withdrawn from people re-marked absent, absentees' bookings on a later session, notes.
 */
public record RegisterJson(
    List<Record> records,
    int created,
    List<Long> withdrawnRecordIds,
    List<BookingJson> rebooked,
    List<String> notes) {

  /** A CPD record the register made. */
  public record Record(
      Long id,
      Long staffId,
      Long courseId,
      Long sessionId,
      String title,
      DeliveryType delivery,
      LocalDate completedOn,
      BigDecimal hours,
      List<Outcome> outcomes,
      RecordStatus status,
      String verifiedBy,
      LocalDate expiresOn) {

    static Record of(CpdRecord r) {
      return new Record(
          r.getId(),
          r.getStaffMember().getId(),
          r.getCourse() == null ? null : r.getCourse().getId(),
          r.getSession() == null ? null : r.getSession().getId(),
          r.getTitle(),
          r.getDelivery(),
          r.getCompletedOn(),
          r.getHours(),
          r.getOutcomes().stream()
              .map(o -> new Outcome(o.getCompetence().getCode(), o.getLevelRank()))
              .toList(),
          r.getStatus(),
          r.getVerifiedBy(),
          r.getExpiresOn());
    }
  }

  /** A competence and level the record evidences. */
  public record Outcome(String competenceCode, int level) {}

  static RegisterJson of(RegisterResult r) {
    return new RegisterJson(
        r.records().stream().map(Record::of).toList(),
        r.created(),
        r.withdrawnRecordIds(),
        r.rebooked().stream().map(BookingJson::of).toList(),
        r.notes());
  }
}
