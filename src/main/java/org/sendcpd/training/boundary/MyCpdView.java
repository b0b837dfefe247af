package org.sendcpd.training.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.training.control.CpdEntry;
import org.sendcpd.training.control.CpdEntry.Validity;
import org.sendcpd.training.control.CpdLedger;
import org.sendcpd.training.control.TrainingAudit;
import org.sendcpd.training.entity.RecordStatus;

/** My CPD: the signed-in person's own record, with status and expiry of each line. */
@Named
@ViewScoped
public class MyCpdView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser caller;
  @Inject CpdLedger ledger;
  @Inject TrainingAudit trainingAudit;

  private List<CpdEntry> entries = List.of();
  private LocalDate today;

  @PostConstruct
  void load() {
    today = LocalDate.now(Clock.systemDefaultZone());
    caller
        .staff()
        .ifPresent(
            me -> {
              entries = ledger.of(me, today);
              trainingAudit.recordOfViewed(me.getId()); // once per page view, not per Ajax call
            });
  }

  public List<CpdEntry> getEntries() {
    return entries;
  }

  /** The signed-in person's staff id, for their certificate downloads; null without a record. */
  public Long getStaffId() {
    return caller.staffId().orElse(null);
  }

  public LocalDate getToday() {
    return today;
  }

  /** Hours of verified training in the current academic year (from 1 September). */
  public BigDecimal getHoursThisYear() {
    LocalDate september =
        LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1, 9, 1);
    return entries.stream()
        .filter(e -> e.status() == RecordStatus.VERIFIED && !e.completedOn().isBefore(september))
        .map(CpdEntry::hours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public long getVerified() {
    return count(RecordStatus.VERIFIED);
  }

  public long getPending() {
    return count(RecordStatus.SELF_LOGGED);
  }

  public long getLapsingSoon() {
    return entries.stream().filter(e -> e.validity() == Validity.LAPSING_SOON).count();
  }

  public long getExpired() {
    return entries.stream()
        .filter(e -> e.validity() == Validity.EXPIRED && e.status() == RecordStatus.VERIFIED)
        .count();
  }

  private long count(RecordStatus status) {
    return entries.stream().filter(e -> e.status() == status).count();
  }

  public String statusLabel(CpdEntry entry) {
    return switch (entry.status()) {
      case VERIFIED -> "Verified";
      case SELF_LOGGED -> "Awaiting verification";
      case REJECTED -> "Rejected";
    };
  }

  public String statusSeverity(CpdEntry entry) {
    return switch (entry.status()) {
      case VERIFIED -> "success";
      case SELF_LOGGED -> "warning";
      case REJECTED -> "danger";
    };
  }

  public String deliveryLabel(CpdEntry entry) {
    return DeliveryLabels.of(entry.delivery());
  }
}
