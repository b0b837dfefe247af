package org.sendcpd.training.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.Changes;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.Validation;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.Evidence;

/**
 * Certificates of CPD records: added by the person while their record is pending, or by a SENCO at
 * any time (a certificate handed in on paper), and read back by whoever may read the record. The
 * file and its row are kept together: a refused upload stores neither, and a rolled-back
 * transaction deletes the file it had kept.
 */
@ApplicationScoped
@Transactional
public class Certificates {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser caller;
  @Inject RecordAccess access;
  @Inject AuditLog audit;
  @Inject TrainingAudit trainingAudit;
  @Inject Validation validation;
  @Inject EvidenceStore store;
  @Resource TransactionSynchronizationRegistry transactions;
  Clock clock = Clock.systemDefaultZone();

  /** A certificate file with the name and type to serve it under. */
  public record CertificateFile(Evidence evidence, Path file, String downloadName) {}

  public Evidence attach(long recordId, InputStream content, String fileName) {
    CpdRecord record = record(recordId);
    access.requireAttach(record);
    if (access.isOwn(record.getStaffMember()) && !record.isPending()) {
      throw new ConflictException(
          "Record "
              + recordId
              + " is "
              + record.getStatus()
              + "; its evidence can no longer change");
    }
    return keep(record, receive(content, fileName));
  }

  public Optional<CertificateFile> read(long recordId, long evidenceId) {
    CpdRecord record = record(recordId);
    access.requireRead(record);
    return Optional.ofNullable(em.find(Evidence.class, evidenceId))
        .filter(e -> e.getRecord().getId().equals(recordId))
        .map(
            e -> {
              trainingAudit.evidenceViewed(e); // the API's download and the screens' alike
              return e;
            })
        .map(
            e ->
                new CertificateFile(
                    e,
                    store.fileOf(e.getStoredName()),
                    EvidenceCheck.downloadName(
                        e.getOriginalFileName(), EvidenceType.ofContentType(e.getContentType()))));
  }

  ReceivedFile receive(InputStream content, String fileName) {
    return store.receive(content, fileName);
  }

  void discard(ReceivedFile received) {
    if (received != null) {
      store.discard(received);
    }
  }

  /** Keeps a received file under its random name with its row, in the caller's transaction. */
  Evidence keep(CpdRecord record, ReceivedFile received) {
    String storedName = store.keep(received);
    forgetOnRollback(storedName);
    Evidence evidence =
        new Evidence(
            record,
            received.originalName(),
            received.type().contentType(),
            received.size(),
            storedName,
            received.sha256(),
            Instant.now(clock),
            caller.username());
    validation.require(evidence);
    em.persist(evidence);
    record.addEvidence(evidence);
    em.flush();
    audit.change(
        caller.username(),
        "EVIDENCE_ADDED",
        "CpdRecord",
        record.getId(),
        Changes.of()
            .note(
                "evidence "
                    + evidence.getId()
                    + ", "
                    + received.type()
                    + ", "
                    + received.size()
                    + " bytes"));
    return evidence;
  }

  private void forgetOnRollback(String storedName) {
    if (transactions == null) {
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              store.forget(storedName);
            }
          }
        });
  }

  private CpdRecord record(long recordId) {
    CpdRecord record = em.find(CpdRecord.class, recordId);
    if (record == null) {
      throw new RecordNotFoundException(recordId);
    }
    return record;
  }
}
