package org.sendcpd.demand.control;

import java.io.Serializable;
import org.sendcpd.framework.entity.AreaOfNeed;

/**
 * The pupils of a profile whose primary need is in one area, and how many of them have an EHC plan.
 */
public record AreaCount(AreaOfNeed area, int pupils, int ehcPlans) implements Serializable {}
