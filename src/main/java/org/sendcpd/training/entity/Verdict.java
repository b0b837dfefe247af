package org.sendcpd.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Where a CPD record stands with the SENCO: pending (SELF_LOGGED) until it is verified or rejected,
 * with who decided and when. A rejection carries the reason the person who logged it will read.
 *
 * <p>A verdict is replaced, never changed in place, so the record it belongs to always notices the
 * change and saves it.
 */
@Embeddable
public class Verdict {

  @NotNull
  @Enumerated(EnumType.STRING)
  private RecordStatus status = RecordStatus.SELF_LOGGED;

  @Size(max = 1000)
  @Column(name = "rejection_reason")
  private String rejectionReason;

  /** Username of whoever verified or rejected the record. */
  @Size(max = 100)
  @Column(name = "verified_by")
  private String verifiedBy;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  /** A verdict still to be given: the record waits for a SENCO. */
  protected Verdict() {}

  private Verdict(RecordStatus status, String by, Instant at, String rejectionReason) {
    this.status = status;
    this.verifiedBy = by;
    this.verifiedAt = at;
    this.rejectionReason = rejectionReason;
  }

  static Verdict pending() {
    return new Verdict();
  }

  static Verdict verified(String by, Instant at) {
    return new Verdict(RecordStatus.VERIFIED, by, at, null);
  }

  static Verdict rejected(String by, Instant at, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A rejection needs a reason for the person who logged it");
    }
    return new Verdict(RecordStatus.REJECTED, by, at, reason);
  }

  /** The same verdict with its reason replaced (the retention rule); none stays none. */
  Verdict withReason(String replacement) {
    return rejectionReason == null
        ? this
        : new Verdict(status, verifiedBy, verifiedAt, replacement);
  }

  public boolean isPending() {
    return status == RecordStatus.SELF_LOGGED;
  }

  public boolean isVerified() {
    return status == RecordStatus.VERIFIED;
  }

  public RecordStatus getStatus() {
    return status;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public String getVerifiedBy() {
    return verifiedBy;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }
}
