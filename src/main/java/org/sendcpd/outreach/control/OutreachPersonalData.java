package org.sendcpd.outreach.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.sendcpd.organisation.control.PersonalData;
import org.sendcpd.outreach.entity.OutreachOffer;
import org.sendcpd.outreach.entity.SupportRequest;

/** The person's part of "Download my data": their outreach offer and the requests made of them. */
@ApplicationScoped
public class OutreachPersonalData {

  /** The offer as exported. */
  public record Offer(boolean available, String note) {}

  /** A request made of the person, as exported. */
  public record Request(
      String fromSchool,
      String competenceCode,
      int level,
      String message,
      List<LocalDate> preferredDates,
      String status,
      String reason) {}

  @PersistenceContext EntityManager em;

  void export(@Observes PersonalData data) {
    data.staffId()
        .ifPresent(
            id -> {
              OutreachOffer offer = em.find(OutreachOffer.class, id);
              data.add(
                  "outreachOffer",
                  offer == null
                      ? new Offer(false, null)
                      : new Offer(offer.isAvailable(), offer.getNote()));
              data.add(
                  "supportRequestsToYou",
                  em
                      .createNamedQuery(SupportRequest.FIND_TO_STAFF, SupportRequest.class)
                      .setParameter("staffId", id)
                      .getResultList()
                      .stream()
                      .map(
                          r ->
                              new Request(
                                  r.getFromSchool().getName(),
                                  r.getWanted().getCompetence().getCode(),
                                  r.getWanted().getRank(),
                                  r.getMessage(),
                                  r.getPreferredDates(),
                                  r.getStatus().name(),
                                  r.getReason()))
                      .toList());
            });
  }
}
