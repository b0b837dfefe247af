package org.sendcpd.outreach.boundary;

/** Why a request for support is declined. */
public record DeclineJson(String reason) {}
