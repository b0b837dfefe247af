package org.sendcpd.training.control;

import java.io.Serializable;
import java.util.List;

/**
 * A member of staff with a gap (or a lapse coming) that a session's course closes: the competences
 * concerned, by code.
 */
public record GapCandidate(
    long staffId, String name, String jobRole, String team, List<String> competenceCodes)
    implements Serializable {}
