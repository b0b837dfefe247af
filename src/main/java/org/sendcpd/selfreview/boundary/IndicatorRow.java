package org.sendcpd.selfreview.boundary;

import java.io.Serializable;

/** One indicator as the screen lists it: what it measures, now and at the end of last year. */
public record IndicatorRow(String label, String now, String lastYear) implements Serializable {}
