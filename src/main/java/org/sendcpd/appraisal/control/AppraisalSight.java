package org.sendcpd.appraisal.control;

/**
 * How much of an appraisal a caller may read. FULL: objectives, targets and review notes. TARGETS:
 * objectives, their target competences and linked priorities, but never the review notes (the
 * SENCO's view, to plan training). NONE: nothing; asking is refused and audited.
 */
public enum AppraisalSight {
  FULL,
  TARGETS,
  NONE
}
