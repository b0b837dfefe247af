package org.sendcpd.training.boundary;

import org.sendcpd.training.entity.DeliveryType;

/** Delivery types in the words screens use. */
final class DeliveryLabels {

  private DeliveryLabels() {}

  static String of(DeliveryType delivery) {
    return switch (delivery) {
      case IN_HOUSE -> "In-house";
      case SPECIALIST_EXTERNAL -> "Specialist (external)";
      case ONLINE -> "Online";
    };
  }
}
