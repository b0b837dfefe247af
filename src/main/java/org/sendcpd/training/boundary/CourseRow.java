package org.sendcpd.training.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.sendcpd.training.control.LevelNames;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.DeliveryType;

/** A line of the course list, with its outcomes named in their frameworks' words. */
public record CourseRow(
    long id,
    String title,
    DeliveryType delivery,
    String provider,
    BigDecimal hours,
    BigDecimal costPerPlace,
    Integer validityMonths,
    boolean active,
    boolean shared,
    List<Badge> outcomes)
    implements Serializable {

  /** An outcome badge: "CI-02 Enhanced", with the competence's statement as its title. */
  public record Badge(String code, String label, String statement) implements Serializable {}

  static CourseRow of(Course c, Map<String, String> levelNames) {
    return new CourseRow(
        c.getId(),
        c.getTitle(),
        c.getDelivery(),
        c.getProvider(),
        c.getHours(),
        c.getCostPerPlace(),
        c.getValidityMonths(),
        c.isActive(),
        c.isShared(),
        c.getOutcomes().stream()
            .map(
                o ->
                    new Badge(
                        o.getCompetence().getCode(),
                        LevelNames.label(levelNames, o.getCompetence(), o.getLevelRank()),
                        o.getCompetence().getStatement()))
            .toList());
  }
}
