package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.training.entity.CpdRecord;

/**
 * Logging CPD together with what the person will change because of it: the record, its certificate
 * and the planned follow-up are saved in one transaction, and the plan is checked before anything
 * is written, so a refused plan leaves no record behind.
 */
@ApplicationScoped
@Transactional
public class CpdLogging {

  @Inject CpdRecords records;
  @Inject FollowUps followUps;
  @Inject CurrentUser caller;
  @PersistenceContext EntityManager em;

  public CpdRecord log(
      CpdDraft draft, InputStream certificate, String fileName, String change, String areaCode) {
    boolean planned =
        change != null && !change.isBlank() || areaCode != null && !areaCode.isBlank();
    if (planned) {
      StaffMember person =
          draft.staffId() == null
              ? caller.staff().orElse(null)
              : em.find(StaffMember.class, draft.staffId());
      if (person != null) {
        followUps.checkPlan(person, change, areaCode);
      }
    }
    CpdRecord record = records.log(draft, certificate, fileName);
    if (planned) {
      followUps.plan(record.getId(), change, areaCode);
    }
    return record;
  }
}
