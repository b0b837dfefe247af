package org.sendcpd.appraisal.entity;

/**
 * Where an appraisal objective stands. Only OPEN objectives set requirements; the others record the
 * end-of-year judgement (MET, PARTLY_MET, NOT_MET) or that the objective was dropped (WITHDRAWN).
 */
public enum ObjectiveStatus {
  OPEN,
  MET,
  PARTLY_MET,
  NOT_MET,
  WITHDRAWN
}
