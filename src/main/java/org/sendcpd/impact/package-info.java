/**
 * The impact of CPD on each development-plan priority: what training went in, what attendees said
 * of it, whether they used it (follow-ups) and how the priority's pupil measures moved, per term
 * ({@link org.sendcpd.analysis.ImpactChain}). It reads training and appraisal through their
 * controls; the reports print what it answers.
 */
package org.sendcpd.impact;
