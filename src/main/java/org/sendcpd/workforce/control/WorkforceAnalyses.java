package org.sendcpd.workforce.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.entity.StaffMember;

/**
 * The analysis for the screens and the API, with the access checks: a school's matrix and capacity
 * for those who see the school, the whole trust's (school by school, see {@link TrustParts}) for
 * trust leads and administrators, one person's gaps for them and those who see them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WorkforceAnalyses {

  @Inject WorkforceLoader loader;
  @Inject AccessControl access;
  @Inject AnalysisCache cache;
  @Inject TrustParts trustParts;

  @Inject LookAhead lookAhead;

  public SchoolAnalysis school(long schoolId, LocalDate date) {
    access.requireSchool(schoolId);
    return analysed(schoolId, date);
  }

  /** Whether the caller sees the whole trust (trust leads and administrators). */
  public boolean seesTrust() {
    return access.maySeeAllSchools();
  }

  /** Every school of the trust, for trust leads and administrators. */
  public TrustAnalysis trust(LocalDate date) {
    if (!access.maySeeAllSchools()) {
      throw access.deny("School", null, "the whole trust");
    }
    return trustParts.trust(date, lookAhead.days());
  }

  /**
   * Every school of the trust for a search across it by a SENCO or head (or a trust-wide role). The
   * search shows a SENCO or head only what the outreach rules allow of other schools: callers of
   * this method filter the answer before anyone sees it.
   */
  public TrustAnalysis trustForSearch(LocalDate date) {
    if (!access.maySeeAllSchools() && !access.runsASchool()) {
      throw access.deny("School", null, "a search across the trust");
    }
    return trustParts.trust(date, lookAhead.days());
  }

  /**
   * The whole trust, checked now and loaded when the answer is asked for: a report job loads it on
   * another thread, once its turn has come, since it is the largest thing the server ever holds.
   */
  public Supplier<TrustAnalysis> trustLater(LocalDate date) {
    if (!access.maySeeAllSchools()) {
      throw access.deny("School", null, "the whole trust");
    }
    int window = lookAhead.days();
    return () -> trustParts.trust(date, window);
  }

  /** One person's analysis; the school's records are read, but only their cells are answered. */
  public SchoolAnalysis forPerson(StaffMember person, LocalDate date) {
    access.requireStaff(person);
    return analysed(person.getSchool().getId(), date);
  }

  private SchoolAnalysis analysed(long schoolId, LocalDate date) {
    return cache.school(
        schoolId,
        date,
        () -> new SchoolAnalysis(schoolId, date, lookAhead.days(), loader.load(schoolId, date)));
  }

  /** Every competence of the frameworks with its ladder, for choosers such as the finder's. */
  public List<CompetenceRef> competences() {
    return loader.competences();
  }

  public int windowDays() {
    return lookAhead.days();
  }
}
