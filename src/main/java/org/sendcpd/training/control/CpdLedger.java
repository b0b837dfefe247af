package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.training.entity.CpdOutcome;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.Evidence;
import org.sendcpd.workforce.control.LookAhead;

/**
 * A person's CPD ledger, read with its outcomes and certificates in three queries and checked for
 * access.
 */
@ApplicationScoped
public class CpdLedger {

  @PersistenceContext EntityManager em;
  @Inject AccessControl access;
  @Inject LevelNames levelNames;
  @Inject LookAhead lookAhead;

  public List<CpdEntry> of(StaffMember person, LocalDate today) {
    access.requireStaff(person);
    List<CpdRecord> records =
        em.createNamedQuery(CpdRecord.FIND_BY_STAFF, CpdRecord.class)
            .setParameter("staffId", person.getId())
            .getResultList();
    Map<Long, List<String>> outcomes = new HashMap<>();
    Map<String, String> names = levelNames.all();
    em.createNamedQuery(CpdOutcome.FIND_BY_STAFF, CpdOutcome.class)
        .setParameter("staffId", person.getId())
        .getResultList()
        .forEach(
            o ->
                outcomes
                    .computeIfAbsent(o.getRecord().getId(), id -> new ArrayList<>())
                    .add(LevelNames.label(names, o.getCompetence(), o.getLevelRank())));
    Map<Long, List<CertificateLink>> certificates = new HashMap<>();
    em.createQuery(
            "SELECT e FROM Evidence e JOIN FETCH e.record r WHERE r.staffMember.id = :staffId"
                + " ORDER BY e.uploadedAt",
            Evidence.class)
        .setParameter("staffId", person.getId())
        .getResultList()
        .forEach(
            e ->
                certificates
                    .computeIfAbsent(e.getRecord().getId(), id -> new ArrayList<>())
                    .add(CertificateLink.of(e)));
    return records.stream()
        .map(
            r ->
                CpdEntry.of(
                    r,
                    outcomes.getOrDefault(r.getId(), List.of()),
                    certificates.getOrDefault(r.getId(), List.of()),
                    today,
                    lookAhead.days()))
        .toList();
  }
}
