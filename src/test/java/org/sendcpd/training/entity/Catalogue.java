package org.sendcpd.training.entity;

import java.math.BigDecimal;
import java.util.List;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.testing.Fixtures;
import org.sendcpd.testing.JpaTestDatabase;

/**
 * A school's catalogue: its own course, a trust-wide course whose outcomes cross two frameworks, a
 * retired course and another school's course.
 */
final class Catalogue {

  private Catalogue() {}

  record Courses(School school, Course own, Course shared, Competence send, Competence autism) {}

  static Courses of(JpaTestDatabase db) {
    return db.inTransaction(
        em -> {
          School school = Fixtures.school(em);
          Competence send = Fixtures.competence(em);
          Competence autism = Fixtures.competence(em);
          Course own =
              new Course(school, "Visual timetables", DeliveryType.IN_HOUSE, BigDecimal.ONE);
          own.addOutcome(send, 1);
          Course shared =
              new Course(
                  null,
                  "Autism good practice",
                  DeliveryType.SPECIALIST_EXTERNAL,
                  new BigDecimal("6.50"));
          shared.setCostPerPlace(new BigDecimal("120.00"));
          shared.setValidityMonths(24);
          shared.setDescription("Tier 2 of the autism pathway");
          shared.addOutcome(send, 2);
          shared.addOutcome(autism, 2);
          Course retired = new Course(school, "Old INSET", DeliveryType.IN_HOUSE, BigDecimal.ONE);
          retired.setActive(false);
          Course elsewhere =
              new Course(Fixtures.school(em), "Other school", DeliveryType.ONLINE, BigDecimal.ONE);
          List.of(own, shared, retired, elsewhere).forEach(em::persist);
          return new Courses(school, own, shared, send, autism);
        });
  }
}
