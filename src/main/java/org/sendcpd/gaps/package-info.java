/**
 * Training gaps and workforce capacity, as people see them: the SENCO's gap matrix, each person's
 * own gaps, the head's capacity overview, the dashboard of charts, the trust view with its
 * expertise finder, and the analysis API. Its facelets live in {@code /gaps}; the numbers come from
 * the {@code workforce} component.
 */
package org.sendcpd.gaps;
