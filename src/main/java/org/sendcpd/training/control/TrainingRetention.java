package org.sendcpd.training.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import org.sendcpd.organisation.control.Anonymisation;
import org.sendcpd.training.entity.CpdRecord;

/**
 * A leaver's CPD under the retention rule: the records stay with their dates, hours, outcomes and
 * status (the school's figures), their reflections and rejection reasons go, and so do their
 * certificates, rows and files; the files only once the removal has committed.
 */
@ApplicationScoped
public class TrainingRetention {

  @PersistenceContext EntityManager em;
  @Inject EvidenceStore store;
  @Resource TransactionSynchronizationRegistry transactions;

  void anonymise(@Observes Anonymisation leaver) {
    List<CpdRecord> records =
        em.createNamedQuery(CpdRecord.FIND_BY_STAFF, CpdRecord.class)
            .setParameter("staffId", leaver.staffId())
            .getResultList();
    for (CpdRecord record : records) {
      record.removeNotes(Anonymisation.REMOVED);
      record.removeAllEvidence().forEach(e -> deleteAfterCommit(e.getStoredName()));
    }
    em.flush();
  }

  private void deleteAfterCommit(String storedName) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              store.forget(storedName);
            }
          }
        });
  }
}
