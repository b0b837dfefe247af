package org.sendcpd.impact.control;

import java.io.Serializable;
import java.util.List;
import org.sendcpd.analysis.ImpactChain;

/** The impact chain of one priority: its competences, per term and for the year. */
public record PriorityImpact(
    long priorityId,
    String title,
    String academicYear,
    String successMeasure,
    List<String> competences,
    List<ImpactChain.Link> terms,
    ImpactChain.Link year)
    implements Serializable {}
