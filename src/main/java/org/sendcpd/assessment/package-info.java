/**
 * Evidence of practice beyond courses. A line manager, the SENCO or the head records an
 * observation: they saw a person practise a competence at a level, which the analysis counts as
 * held from that day. Each person rates their own confidence in what is asked of them; that never
 * counts as held, but shows beside the standing, so the SENCO can tell a gap an observation may
 * close from a held level that wants coaching.
 */
package org.sendcpd.assessment;
