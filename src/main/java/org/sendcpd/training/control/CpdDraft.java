package org.sendcpd.training.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.sendcpd.training.entity.DeliveryType;

/**
 * What someone logs: the person (null for oneself), a catalogue course or a free title, and the
 * details of training done elsewhere, with the competences and levels it is claimed to evidence.
 */
public record CpdDraft(
    Long staffId,
    Long courseId,
    String title,
    String provider,
    DeliveryType delivery,
    LocalDate completedOn,
    BigDecimal hours,
    BigDecimal cost,
    List<Claim> outcomes,
    String reflection) {

  /** A competence, by its code, claimed at a rank of its framework's ladder. */
  public record Claim(String competenceCode, Integer level) {}

  public List<Claim> claims() {
    return outcomes == null ? List.of() : outcomes;
  }
}
