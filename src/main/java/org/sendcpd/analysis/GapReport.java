package org.sendcpd.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * The gap matrix for a reference date: a cell for every person in post x every competence required
 * of them, and NOT_REQUIRED cells where they hold something not asked of them.
 */
public record GapReport(LocalDate date, int windowDays, List<GapCell> cells) {}
