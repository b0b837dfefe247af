package org.sendcpd.training.entity;

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

  /** True while people can still book: the session has neither happened nor been called off. */
  public boolean isBookable() {
    return this == PLANNED || this == CONFIRMED;
  }
}
