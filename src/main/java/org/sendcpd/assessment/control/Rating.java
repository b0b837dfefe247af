package org.sendcpd.assessment.control;

import java.time.LocalDate;

/** A rating as a person gives it: a competence by its code and how confident they are, 1 to 4. */
public record Rating(String competenceCode, Integer confidence, LocalDate assessedOn) {}
