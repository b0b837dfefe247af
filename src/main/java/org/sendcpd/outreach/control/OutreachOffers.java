package org.sendcpd.outreach.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.Anonymisation;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.outreach.entity.OutreachOffer;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;

/**
 * Each person's own offer to be found by the other schools for outreach: only they see or change
 * it, and only they may make themselves available (nobody is opted in on their behalf).
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class OutreachOffers {

  public static final int NOTE_LIMIT = 500;

  /** An offer as its owner sees it; no offer yet reads as not available. */
  public record Offer(boolean available, String note) {}

  @PersistenceContext EntityManager em;
  @Inject CurrentUser caller;
  @Inject AccessControl access;
  @Inject AuditLog audit;
  Clock clock = Clock.systemDefaultZone();

  public Offer mine() {
    OutreachOffer offer = em.find(OutreachOffer.class, me());
    return offer == null ? new Offer(false, null) : new Offer(offer.isAvailable(), offer.getNote());
  }

  public Offer save(boolean available, String note) {
    long me = me();
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text != null && text.length() > NOTE_LIMIT) {
      throw new InvalidInputException(
          "note is too long",
          List.of(Map.of("field", "note", "message", "at most " + NOTE_LIMIT + " characters")));
    }
    OutreachOffer offer = em.find(OutreachOffer.class, me);
    if (offer == null) {
      offer = new OutreachOffer(me);
      offer.change(available, text, clock.instant());
      em.persist(offer);
    } else {
      offer.change(available, text, clock.instant());
    }
    em.flush();
    audit.record(
        caller.username(),
        available ? "OUTREACH_OFFERED" : "OUTREACH_WITHDRAWN",
        "StaffMember",
        me,
        null);
    return new Offer(offer.isAvailable(), offer.getNote());
  }

  /** Everyone available for outreach, by staff id. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<Long> availableIds() {
    return new HashSet<>(
        em.createNamedQuery(OutreachOffer.FIND_AVAILABLE_IDS, Long.class).getResultList());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isAvailable(long staffId) {
    OutreachOffer offer = em.find(OutreachOffer.class, staffId);
    return offer != null && offer.isAvailable();
  }

  /** A leaver under the retention rule is no longer offered, and their note goes. */
  void anonymise(@Observes Anonymisation leaver) {
    OutreachOffer offer = em.find(OutreachOffer.class, leaver.staffId());
    if (offer != null) {
      offer.change(false, null, clock.instant());
    }
  }

  private long me() {
    return caller
        .staffId()
        .orElseThrow(
            () ->
                access.refuse(
                    "OutreachOffer", null, "Only a member of staff has an outreach offer."));
  }
}
