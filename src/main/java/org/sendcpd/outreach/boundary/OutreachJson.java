package org.sendcpd.outreach.boundary;

import org.sendcpd.outreach.control.OutreachOffers;

/** A person's own outreach offer: whether other schools may find them, and what they offer. */
public record OutreachJson(Boolean available, String note) {

  static OutreachJson of(OutreachOffers.Offer offer) {
    return new OutreachJson(offer.available(), offer.note());
  }
}
