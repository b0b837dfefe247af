package org.sendcpd.deployment.control;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** A deployment as a person, a script or a CSV line gives it, checked before it is saved. */
public record DeploymentDraft(String group, Set<DayOfWeek> days, LocalDate from, LocalDate to)
    implements Serializable {}
