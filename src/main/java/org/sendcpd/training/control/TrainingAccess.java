package org.sendcpd.training.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;

/**
 * Who may read and who may plan a school's training. The catalogue and the training calendar are
 * the school's offer to its staff, so everyone who works there may read them; planning them is for
 * those who see the whole school (the SENCO, the head, trust leads).
 */
@RequestScoped
public class TrainingAccess {

  @Inject CurrentUser caller;
  @Inject AccessControl access;

  public boolean mayRead(Long schoolId) {
    return Objects.equals(caller.schoolId().orElse(null), schoolId)
        || access.maySeeSchool(schoolId);
  }

  public boolean mayPlan(Long schoolId) {
    return schoolId == null ? access.maySeeAllSchools() : access.maySeeSchool(schoolId);
  }

  public void requireRead(Long schoolId) {
    if (schoolId != null && !mayRead(schoolId)) {
      throw access.deny("School", schoolId, "training of school " + schoolId + " is not yours");
    }
  }

  /** Planning a school's training; a shared course (no school) is for trust-wide roles only. */
  public void requirePlan(Long schoolId, String entityType, Long entityId) {
    if (!mayPlan(schoolId)) {
      throw access.deny(
          entityType,
          entityId,
          schoolId == null ? "shared courses are kept by trust leads" : "not a planner here");
    }
  }
}
