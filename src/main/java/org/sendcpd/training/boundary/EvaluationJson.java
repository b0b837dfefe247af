package org.sendcpd.training.boundary;

/** An attendee's rating of a session: usefulness 1-5, confidence before and after 1-4. */
public record EvaluationJson(
    Integer usefulness, Integer confidenceBefore, Integer confidenceAfter, String comment) {}
