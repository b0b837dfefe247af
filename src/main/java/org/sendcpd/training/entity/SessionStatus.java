package org.sendcpd.training.entity;

import java.util.Set;

/**
 * Where a training session stands. A PLANNED session is pencilled in; a CONFIRMED one has its
 * trainer and room; a DELIVERED one has happened and its register can be marked; a CANCELLED one
 * stays on record so calendar apps that subscribed to it remove it.
 */
public enum SessionStatus {
  PLANNED,
  CONFIRMED,
  DELIVERED,
  CANCELLED;

  /** The sessions that can still be booked, as a set for queries. */
  public static final Set<SessionStatus> OPEN = Set.of(PLANNED, CONFIRMED);

  /** True while people can still book: the session has neither happened nor been called off. */
  public boolean isBookable() {
    return OPEN.contains(this);
  }
}
