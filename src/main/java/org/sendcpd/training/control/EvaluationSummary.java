package org.sendcpd.training.control;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.sendcpd.analysis.EvaluationAverages;

/**
 * What attendees said of a session or a course, without names: averages and, from five answers, the
 * comments in no particular order (sorted, so not in the order people answered).
 */
public record EvaluationSummary(
    Long sessionId,
    long courseId,
    String course,
    LocalDateTime startsAt,
    int attended,
    EvaluationAverages averages,
    List<String> comments)
    implements Serializable {}
