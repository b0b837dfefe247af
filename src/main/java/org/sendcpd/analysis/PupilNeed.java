package org.sendcpd.analysis;

/**
 * Pupils whose primary need is in an area of need, for a school as a whole (yearGroup null) or one
 * year group or class. Counts only: no pupil is ever named.
 */
public record PupilNeed(
    long schoolId, String yearGroup, String areaOfNeed, int pupils, int ehcPlans) {}
