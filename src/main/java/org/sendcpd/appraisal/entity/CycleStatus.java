package org.sendcpd.appraisal.entity;

/**
 * An appraisal cycle is OPEN while objectives are set and reviewed; its open objectives then count
 * as individual requirements. A CLOSED cycle is history: its objectives no longer raise
 * requirements.
 */
public enum CycleStatus {
  OPEN,
  CLOSED
}
