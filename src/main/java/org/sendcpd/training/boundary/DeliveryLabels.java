package org.sendcpd.training.boundary;

import org.sendcpd.training.entity.DeliveryType;

/** Delivery types in the words screens use. */
final class DeliveryLabels {

  private DeliveryLabels() {}

  static String of(DeliveryType delivery) {
    return delivery.label();
  }
}
