package org.sendcpd.outreach.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A member of staff's offer to be found by the other schools of the trust for outreach, with a
 * short note of what they offer. Without an offer (or with one not available), a person is found
 * only by their own school's SENCO and head and by trust leads; with one, the SENCOs and heads of
 * every school find their name, role, school and the level they hold, and nothing else.
 */
@Entity
@Table(name = "outreach_offer")
@NamedQuery(
    name = OutreachOffer.FIND_AVAILABLE_IDS,
    query = "SELECT o.staffId FROM OutreachOffer o WHERE o.available = TRUE")
public class OutreachOffer {

  /** The staff ids of everyone available for outreach. */
  public static final String FIND_AVAILABLE_IDS = "OutreachOffer.findAvailableIds";

  @Id
  @Column(name = "staff_member_id")
  private Long staffId;

  @Version
  @Column(name = "row_version")
  private int rowVersion;

  private boolean available;

  @Size(max = 500)
  private String note;

  @NotNull
  @Column(name = "updated_at")
  private Instant updatedAt;

  protected OutreachOffer() {}

  public OutreachOffer(long staffId) {
    this.staffId = staffId;
  }

  public void change(boolean available, String note, Instant at) {
    this.available = available;
    this.note = note;
    this.updatedAt = at;
  }

  public Long getStaffId() {
    return staffId;
  }

  public boolean isAvailable() {
    return available;
  }

  public String getNote() {
    return note;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
