package org.sendcpd.training.control;

import static org.sendcpd.organisation.entity.SecurityRole.HEAD;
import static org.sendcpd.organisation.entity.SecurityRole.SENCO;
import static org.sendcpd.organisation.entity.SecurityRole.TRUST_LEAD;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.training.entity.CpdRecord;

/**
 * Who may do what with CPD records. Reading follows the general rule (oneself, one's reports, the
 * school for its SENCO and head, every school for a trust lead). Verifying, rejecting and logging
 * for someone else is for the SENCO or head of the person's school and for trust leads, and nobody
 * verifies their own record: the point of verification is a second pair of eyes.
 */
@RequestScoped
public class RecordAccess {

  /** Nobody verifies their own training: that is what verification is for. */
  public static final String OWN_RECORD =
      "You cannot verify your own record; another SENCO or the head must.";

  @Inject CurrentUser caller;
  @Inject AccessControl access;

  public boolean isOwn(StaffMember person) {
    return Objects.equals(caller.staffId().orElse(null), person.getId());
  }

  /** The SENCO or head of the school, or a trust lead. */
  public boolean mayVerifyIn(Long schoolId) {
    if (caller.has(TRUST_LEAD)) {
      return true;
    }
    return caller.hasAny(SENCO, HEAD) && Objects.equals(caller.schoolId().orElse(null), schoolId);
  }

  public void requireVerifierOf(Long schoolId) {
    if (!mayVerifyIn(schoolId)) {
      throw access.deny("School", schoolId, "verification is for the school's SENCO or head");
    }
  }

  public void requireRead(CpdRecord record) {
    if (!access.maySeeStaff(record.getStaffMember())) {
      throw access.deny("CpdRecord", record.getId(), "another person's CPD record");
    }
  }

  public void requireLedgerOf(StaffMember person) {
    if (!access.maySeeStaff(person)) {
      throw access.deny("StaffMember", person.getId(), "another person's CPD records");
    }
  }

  /** Logging for oneself, or for someone whose records one verifies. */
  public void requireLogFor(StaffMember person) {
    if (!isOwn(person) && !mayVerifyIn(person.getSchool().getId())) {
      throw access.deny("StaffMember", person.getId(), "logging CPD for another person");
    }
  }

  /** Only the person who logged a record changes it (while it is pending). */
  public void requireOwner(CpdRecord record) {
    if (!isOwn(record.getStaffMember())) {
      throw access.deny("CpdRecord", record.getId(), "changing another person's CPD record");
    }
  }

  /** A verifier of the person's school who is not the person. */
  public void requireVerifierOf(CpdRecord record) {
    if (isOwn(record.getStaffMember())) {
      throw access.refuse("CpdRecord", record.getId(), OWN_RECORD);
    }
    if (!mayVerifyIn(record.getStaffMember().getSchool().getId())) {
      throw access.deny("CpdRecord", record.getId(), "verifying a record that is not for you");
    }
  }

  /** The owner, or a verifier of the person's school, may add a certificate. */
  public void requireAttach(CpdRecord record) {
    if (!isOwn(record.getStaffMember())
        && !mayVerifyIn(record.getStaffMember().getSchool().getId())) {
      throw access.deny("CpdRecord", record.getId(), "adding evidence to another person's record");
    }
  }
}
