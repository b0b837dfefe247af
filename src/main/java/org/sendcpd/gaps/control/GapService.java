package org.sendcpd.gaps.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AccessControl;

/**
 * The analysis for the screens and the API, with the access checks: a school's matrix and capacity
 * for those who see the school, the whole trust's for trust leads and administrators, one person's
 * gaps for them and those who see them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GapService {

  @Inject WorkforceLoader loader;
  @Inject AccessControl access;

  /** How far ahead a lapse counts as soon (days); 90 unless configured. */
  @Inject
  @ConfigProperty(name = "cpd.analysis.window-days", defaultValue = "90")
  int windowDays;

  public SchoolAnalysis school(long schoolId, LocalDate date) {
    access.requireSchool(schoolId);
    return new SchoolAnalysis(schoolId, date, windowDays, loader.load(schoolId, date));
  }

  /** Whether the caller sees the whole trust (trust leads and administrators). */
  public boolean seesTrust() {
    return access.maySeeAllSchools();
  }

  /** Every school of the trust, for trust leads and administrators. */
  public SchoolAnalysis trust(LocalDate date) {
    if (!access.maySeeAllSchools()) {
      throw access.deny("School", null, "the whole trust");
    }
    return new SchoolAnalysis(null, date, windowDays, loader.loadTrust(date));
  }

  /** One person's analysis; the school's records are read, but only their cells are answered. */
  public SchoolAnalysis forPerson(StaffMember person, LocalDate date) {
    access.requireStaff(person);
    long schoolId = person.getSchool().getId();
    return new SchoolAnalysis(schoolId, date, windowDays, loader.load(schoolId, date));
  }

  public int windowDays() {
    return windowDays;
  }
}
