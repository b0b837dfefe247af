/**
 * Training gaps and workforce capacity, as people see them: the SENCO's gap matrix, each person's
 * own gaps, the head's capacity overview, the head's and the SENCO's dashboard of charts, and the
 * analysis API. It loads a school's records a table at a time and hands them to the plain-Java
 * engine in {@code org.sendcpd.analysis}.
 */
package org.sendcpd.gaps;
