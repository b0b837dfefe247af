package org.sendcpd.framework.control;

import static org.sendcpd.organisation.entity.SecurityRole.ADMIN;
import static org.sendcpd.organisation.entity.SecurityRole.SENCO;
import static org.sendcpd.organisation.entity.SecurityRole.TRUST_LEAD;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.sendcpd.framework.entity.SkillsFramework;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;

/**
 * Who changes which framework. The shared frameworks (shipped, or the trust's) set what every
 * school's staff must hold, so only the trust lead or an administrator changes them; a SENCO adds
 * and changes frameworks of their own school, which ask things of that school's staff only.
 */
@RequestScoped
public class FrameworkRights {

  static final String ENTITY = "SkillsFramework";

  @Inject CurrentUser caller;
  @Inject AccessControl access;

  /** SENCOs (for their own school), trust leads and administrators add frameworks. */
  public boolean mayAdd() {
    return caller.hasAny(TRUST_LEAD, ADMIN) || (caller.has(SENCO) && caller.schoolId().isPresent());
  }

  public void requireAdd() {
    if (!mayAdd()) {
      throw access.refuse(
          ENTITY,
          null,
          "Only a SENCO (for their own school), the trust lead or an administrator adds"
              + " frameworks.");
    }
  }

  public boolean mayChange(SkillsFramework framework) {
    if (caller.hasAny(TRUST_LEAD, ADMIN)) {
      return true;
    }
    return !framework.isShared()
        && caller.has(SENCO)
        && caller.schoolId().filter(framework.getSchool().getId()::equals).isPresent();
  }

  public void requireChange(SkillsFramework framework) {
    if (mayChange(framework)) {
      return;
    }
    String name = framework.getName() + " " + framework.getVersion();
    throw access.refuse(
        ENTITY,
        framework.getId(),
        framework.isShared()
            ? name
                + " is shared by every school of the trust: only the trust lead or an"
                + " administrator changes it. Add a framework for your own school to ask more of"
                + " your staff."
            : name
                + " belongs to "
                + framework.getSchool().getName()
                + ": only its SENCO changes it.");
  }

  /** Shared frameworks and those of schools the caller may see. */
  public boolean maySee(SkillsFramework framework) {
    return framework.isShared() || access.maySeeSchool(framework.getSchool().getId());
  }

  public void requireSee(SkillsFramework framework) {
    if (!maySee(framework)) {
      throw access.refuse(ENTITY, framework.getId(), "This framework is another school's own.");
    }
  }

  /** The school a framework this caller adds belongs to: a SENCO's own; none (shared) otherwise. */
  public Optional<Long> schoolOfNew() {
    return caller.hasAny(TRUST_LEAD, ADMIN) ? Optional.empty() : caller.schoolId();
  }
}
