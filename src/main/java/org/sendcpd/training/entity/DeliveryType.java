package org.sendcpd.training.entity;

/** How training reaches staff; spend and hours are reported by delivery type. */
public enum DeliveryType {
  /** Run by the school's own staff, often on an INSET day or after school. */
  IN_HOUSE,
  /** Bought in or attended outside: specialist teachers, therapists, accredited trainers. */
  SPECIALIST_EXTERNAL,
  /** Self-paced or live online courses. */
  ONLINE
}
