package org.sendcpd.training.boundary;

import org.sendcpd.training.control.Cancellation;

/** A cancelled booking and the waiting booking promoted into the freed place, if any. */
public record CancellationJson(BookingJson cancelled, BookingJson promoted) {

  static CancellationJson of(Cancellation c) {
    return new CancellationJson(BookingJson.of(c.cancelled()), BookingJson.of(c.promoted()));
  }
}
