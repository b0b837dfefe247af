package org.sendcpd.assessment.control;

import java.time.LocalDate;

/** What an observer says they saw: who, which competence at which level, when, and what. */
public record ObservationDraft(
    Long staffId, String competenceCode, Integer level, LocalDate observedOn, String note) {}
