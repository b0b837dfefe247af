package org.sendcpd.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.ConflictException;

/**
 * An administrator's choice that a school's people sign in only with single sign-on. It can be
 * turned on only while the installation offers a provider (else nobody at the school could sign
 * in); it takes effect at each person's next password sign-in, and within five minutes for a script
 * whose HTTP Basic check was remembered.
 */
@ApplicationScoped
public class SingleSignOnRequirement {

  @PersistenceContext EntityManager em;
  @Inject SingleSignOnProviders providers;
  @Inject AuditLog audit;

  public List<School> schools() {
    return em.createNamedQuery(School.FIND_ALL, School.class).getResultList();
  }

  @Transactional
  public School set(long schoolId, boolean required, String actor) {
    School school = em.find(School.class, schoolId);
    if (school == null) {
      throw new jakarta.ws.rs.NotFoundException("There is no school " + schoolId);
    }
    if (required && !providers.any()) {
      throw new ConflictException(
          "Single sign-on cannot be required: neither Microsoft nor Google sign-in is set up on"
              + " this installation, so nobody at "
              + school.getName()
              + " could sign in. Set CPD_SSO_MICROSOFT_* or CPD_SSO_GOOGLE_* first (README,"
              + " Single sign-on).");
    }
    if (school.isSsoRequired() != required) {
      school.setSsoRequired(required);
      audit.record(
          actor,
          required ? "SSO_REQUIRED" : "SSO_OPTIONAL",
          "School",
          schoolId,
          required ? "password sign-in off for its staff" : "password sign-in allowed again");
    }
    return school;
  }
}
