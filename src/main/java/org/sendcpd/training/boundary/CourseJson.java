package org.sendcpd.training.boundary;

import java.math.BigDecimal;
import java.util.List;
import org.sendcpd.training.control.CourseDraft;
import org.sendcpd.training.control.CourseDraft.OutcomeDraft;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.DeliveryType;

/** A catalogue course as the API shows and takes it; a null schoolId is a shared course. */
public record CourseJson(
    Long id,
    Long schoolId,
    String title,
    String description,
    DeliveryType delivery,
    String provider,
    BigDecimal hours,
    BigDecimal costPerPlace,
    Integer validityMonths,
    Boolean active,
    List<OutcomeJson> outcomes) {

  /** A competence by code and the level (rank on its framework's ladder) the course evidences. */
  public record OutcomeJson(String competenceCode, Integer level) {}

  static CourseJson of(Course c) {
    return new CourseJson(
        c.getId(),
        c.getSchool() == null ? null : c.getSchool().getId(),
        c.getTitle(),
        c.getDescription(),
        c.getDelivery(),
        c.getProvider(),
        c.getHours(),
        c.getCostPerPlace(),
        c.getValidityMonths(),
        c.isActive(),
        c.getOutcomes().stream()
            .map(o -> new OutcomeJson(o.getCompetence().getCode(), o.getLevelRank()))
            .toList());
  }

  CourseDraft draft() {
    return new CourseDraft(
        schoolId,
        title,
        description,
        delivery,
        provider,
        hours,
        costPerPlace,
        validityMonths,
        active,
        outcomes == null
            ? List.of()
            : outcomes.stream().map(o -> new OutcomeDraft(o.competenceCode(), o.level())).toList());
  }
}
