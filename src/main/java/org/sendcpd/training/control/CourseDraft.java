package org.sendcpd.training.control;

import java.math.BigDecimal;
import java.util.List;
import org.sendcpd.training.entity.DeliveryType;

/** What a caller sends to add or change a course; outcomes name competences by code. */
public record CourseDraft(
    Long schoolId,
    String title,
    String description,
    DeliveryType delivery,
    String provider,
    BigDecimal hours,
    BigDecimal costPerPlace,
    Integer validityMonths,
    Boolean active,
    List<OutcomeDraft> outcomes) {

  /** A competence, by its installation-wide code, and the level (rank) a course evidences. */
  public record OutcomeDraft(String competenceCode, Integer level) {}

  public CourseDraft {
    outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
  }
}
