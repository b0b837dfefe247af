package org.sendcpd.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.appraisal.entity.Objective;
import org.sendcpd.appraisal.entity.SchoolPriority;
import org.sendcpd.calendar.entity.SchoolYear;
import org.sendcpd.demand.entity.CoverageRule;
import org.sendcpd.demand.entity.NeedProfile;
import org.sendcpd.framework.control.FrameworkImporter;
import org.sendcpd.framework.entity.RoleRequirement;
import org.sendcpd.framework.entity.SkillsFramework;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.platform.control.EmptyDatabaseStarted;
import org.sendcpd.testing.DemoDatabase;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.training.entity.Booking;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.RecordSource;
import org.sendcpd.training.entity.RecordStatus;
import org.sendcpd.training.entity.TrainingSession;

/** Loads the demo school once into a migrated Derby database and checks what the demo shows. */
class DemoSchoolLoaderTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final Clock CLOCK =
      Clock.fixed(TODAY.atTime(12, 0).atZone(DemoSetting.ZONE).toInstant(), DemoSetting.ZONE);
  static final String HASH = "dummy-hash-not-pbkdf2";

  static JpaTestDatabase db;
  static DemoCounts counts;
  static long loadMillis;

  @BeforeAll
  static void loadOnce() {
    db = JpaTestDatabase.start();
    long started = System.nanoTime();
    counts = db.inTransaction(em -> new DemoSchool(em, importerOn(em)::save, CLOCK).load(HASH));
    loadMillis = (System.nanoTime() - started) / 1_000_000;
    Logger.getLogger(DemoSchoolLoaderTest.class.getName())
        .info("Demo school loaded in " + loadMillis + " ms: " + counts);
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  static FrameworkImporter importerOn(EntityManager em) {
    return DemoDatabase.importerOn(em);
  }

  <T> List<T> all(Class<T> type) {
    return db.inTransaction(
        em -> em.createQuery("SELECT x FROM " + type.getSimpleName() + " x", type).getResultList());
  }

  /**
   * The target is under 3 s (about 1.6 s here on a cold JVM, most of it EclipseLink and the
   * validator warming up); the bound is loose so a busy build machine does not fail the build, but
   * it still catches a load that queries or flushes per row.
   */
  @Test
  void loadsQuickly() {
    assertTrue(loadMillis < 8_000, "the load took " + loadMillis + " ms");
  }

  private static boolean oakfield(School school) {
    return school.getName().equals(DemoSchool.NAME);
  }

  @Test
  void staffWithLineManagersInTheDemoSchool() {
    List<StaffMember> staff =
        all(StaffMember.class).stream().filter(s -> oakfield(s.getSchool())).toList();
    assertEquals(40, staff.size());
    assertEquals(40, counts.staff());
    School school = staff.get(0).getSchool();
    assertEquals(DemoSchool.NAME, school.getName());
    assertEquals(1, staff.stream().filter(s -> s.getLineManager() == null).count());
    assertTrue(staff.stream().allMatch(s -> s.getSchool().getId().equals(school.getId())));
    assertEquals(1, staff.stream().filter(s -> !s.isInPostOn(TODAY)).count(), "one leaver");
  }

  @Test
  void oneAccountPerPersonAndTheTrustLeadAllWithTheDemoHash() {
    List<UserAccount> accounts =
        all(UserAccount.class).stream()
            .filter(a -> a.getStaffMember() == null || oakfield(a.getStaffMember().getSchool()))
            .toList();
    assertEquals(41, accounts.size());
    assertEquals(41, counts.accounts());
    assertTrue(accounts.stream().allMatch(a -> a.getPasswordHash().equals(HASH)));
    Map<String, UserAccount> byName =
        accounts.stream().collect(Collectors.toMap(UserAccount::getUsername, a -> a));
    assertEquals(Set.of(SecurityRole.SENCO), byName.get("eleanor.shah").getRoles());
    assertEquals(Set.of(SecurityRole.HEAD), byName.get("rachel.okonkwo").getRoles());
    assertEquals(Set.of(), byName.get("ellie.robinson").getRoles());
    assertEquals(Set.of(SecurityRole.TRUST_LEAD), byName.get("trust.lead").getRoles());
    assertEquals(null, byName.get("trust.lead").getStaffMember());
    assertFalse(byName.get("carol.dawson").isEnabled(), "the leaver cannot sign in");
    assertEquals(40, accounts.stream().filter(a -> a.getStaffMember() != null).count());
  }

  @Test
  void theShippedFrameworksActiveWithCompetencesAndRequirements() {
    List<SkillsFramework> frameworks = all(SkillsFramework.class);
    assertEquals(3, frameworks.size(), "SEND, Teachers' Standard 5 and the TA standards");
    assertTrue(frameworks.stream().allMatch(SkillsFramework::isActive));
    assertTrue(counts.competences() >= 55 && counts.competences() <= 65, counts.toString());
    assertFalse(all(RoleRequirement.class).isEmpty());
  }

  @Test
  void theSchoolYearOfTheLoadDateWithThreeTermsAndFiveInsetDays() {
    List<SchoolYear> years = all(SchoolYear.class);
    assertEquals(1, years.size());
    SchoolYear year =
        db.inTransaction(
            em -> {
              SchoolYear y = em.find(SchoolYear.class, years.get(0).getId());
              y.getTerms().size();
              y.getInsetDays().size();
              return y;
            });
    assertEquals("2026/27", year.getLabel());
    assertEquals(3, year.getTerms().size());
    assertEquals(5, year.getInsetDays().size());
    assertEquals(List.of(), year.problems());
  }

  @Test
  void coursesAndTheCalendar() {
    assertTrue(counts.courses() >= 20, counts.toString());
    List<TrainingSession> sessions = all(TrainingSession.class);
    assertEquals(
        18,
        sessions.size(),
        "14 of the schools, the coaching pair, 3 of outreach and the trust course");
    List<Booking> bookings = all(Booking.class);
    assertEquals(1, bookings.stream().filter(b -> b.getWaitingPosition() != null).count());
    assertTrue(
        bookings.stream()
            .anyMatch(
                b ->
                    b.getStaffMember().getEmail().startsWith("ellie.robinson@")
                        && b.getSession().getStartsAt().toLocalDate().isAfter(TODAY)
                        && b.getSession().getCourse().getTitle() != null),
        "the demo TA is booked on upcoming training");
  }

  @Test
  void recordsOfAllThreeStatusesFromTheRegisterAndTheLedger() {
    List<CpdRecord> records =
        all(CpdRecord.class).stream()
            .filter(r -> oakfield(r.getStaffMember().getSchool()))
            .toList();
    Map<RecordStatus, Long> byStatus =
        records.stream()
            .collect(Collectors.groupingBy(CpdRecord::getStatus, Collectors.counting()));
    assertEquals(7, byStatus.get(RecordStatus.SELF_LOGGED));
    assertEquals(2, byStatus.get(RecordStatus.REJECTED));
    assertTrue(byStatus.get(RecordStatus.VERIFIED) > 200);
    List<CpdRecord> register =
        records.stream().filter(r -> r.getSource() == RecordSource.REGISTER).toList();
    assertEquals(53, register.size(), "51 from the scenario, the coach's and coachee's two");
    assertTrue(register.stream().allMatch(r -> r.getSession() != null && r.isHeldOn(TODAY)));
    Instant now = CLOCK.instant();
    assertTrue(
        records.stream()
            .filter(r -> r.getVerifiedAt() != null)
            .allMatch(r -> !r.getVerifiedAt().isAfter(now) && r.getVerifiedBy() != null));
  }

  @Test
  void certificatesLapseAndHaveLapsed() {
    List<CpdRecord> records = all(CpdRecord.class);
    LocalDate window = TODAY.plusDays(90);
    assertTrue(
        records.stream()
            .anyMatch(
                r ->
                    r.isHeldOn(TODAY)
                        && r.getExpiresOn() != null
                        && !r.getExpiresOn().isAfter(window)));
    assertTrue(
        records.stream()
            .anyMatch(
                r ->
                    r.getStatus() == RecordStatus.VERIFIED
                        && r.getExpiresOn() != null
                        && !r.getExpiresOn().isAfter(TODAY)));
    assertLapsesIn(records, "kelly.marsh", "MN-02", 30, 40);
    assertLapsesIn(records, "marcus.green", "SEMH-04", 60, 70);
  }

  static void assertLapsesIn(
      List<CpdRecord> records, String username, String code, int fromDays, int toDays) {
    LocalDate lastExpiry =
        records.stream()
            .filter(r -> r.getStaffMember().getEmail().startsWith(username + "@"))
            .filter(r -> r.isHeldOn(TODAY) && r.getExpiresOn() != null)
            .filter(
                r ->
                    r.getOutcomes().stream()
                        .anyMatch(o -> o.getCompetence().getCode().equals(code)))
            .map(CpdRecord::getExpiresOn)
            .max(LocalDate::compareTo)
            .orElseThrow();
    long days = ChronoUnit.DAYS.between(TODAY, lastExpiry);
    assertTrue(days >= fromDays && days <= toDays, username + " " + code + " lapses in " + days);
  }

  @Test
  void fatimaBegumIsTheOnlyValidBuccalMidazolamHolder() {
    List<CoverageRule> rules = all(CoverageRule.class);
    CoverageRule midazolam =
        rules.stream()
            .filter(r -> r.getName().contains("buccal midazolam"))
            .findFirst()
            .orElseThrow();
    String code = midazolam.getCompetence().getCode();
    Set<String> holders =
        all(CpdRecord.class).stream()
            .filter(r -> r.isHeldOn(TODAY) && r.getStaffMember().isInPostOn(TODAY))
            .filter(
                r ->
                    r.getOutcomes().stream()
                        .anyMatch(
                            o ->
                                o.getCompetence().getCode().equals(code)
                                    && o.getLevelRank() >= midazolam.getLevelRank()))
            .map(r -> r.getStaffMember().getEmail())
            .collect(Collectors.toSet());
    assertEquals(Set.of("fatima.begum@oakfield.example.org"), holders);
    assertTrue(holders.size() < midazolam.getMinHolders(), "the rule is breached");
  }

  @Test
  void prioritiesAndObjectivesOfTheCurrentYear() {
    List<SchoolPriority> all = all(SchoolPriority.class);
    List<SchoolPriority> priorities =
        all.stream().filter(p -> p.getAcademicYear().equals("2026/27")).toList();
    assertEquals(4, priorities.size());
    // and last year's, whose impact the demo shows over two terms of measures
    assertEquals(
        List.of(DemoImpact.LAST_YEAR_PRIORITY),
        all.stream()
            .filter(p -> p.getAcademicYear().equals("2025/26"))
            .map(SchoolPriority::getTitle)
            .toList());
    List<Objective> objectives = all(Objective.class);
    assertEquals(14, objectives.size());
    assertTrue(objectives.stream().allMatch(o -> !o.getTargets().isEmpty()));
    assertTrue(
        objectives.stream()
            .allMatch(
                o ->
                    o.getAppraisal()
                            .getAppraiser()
                            .getId()
                            .equals(o.getAppraisal().getStaffMember().getLineManager().getId())
                        && o.getAppraisal().getCycle().getAcademicYear().equals("2026/27")));
    assertEquals(12, objectives.stream().map(o -> o.getAppraisal().getId()).distinct().count());
    assertTrue(
        objectives.stream()
            .flatMap(o -> o.getReviews().stream())
            .allMatch(r -> !r.getReviewedOn().isAfter(TODAY) && r.getReviewedBy() != null));
  }

  @Test
  void needProfilesAndCoverageRules() {
    List<NeedProfile> profiles =
        all(NeedProfile.class).stream().filter(p -> oakfield(p.getSchool())).toList();
    assertEquals(3, profiles.size());
    assertTrue(profiles.stream().allMatch(p -> p.getCounts().size() == 4));
    List<CoverageRule> rules =
        all(CoverageRule.class).stream().filter(r -> oakfield(r.getSchool())).toList();
    assertEquals(6, rules.size());
    CoverageRule trip =
        rules.stream().filter(r -> r.getValidFrom() != null).findFirst().orElseThrow();
    assertEquals(TODAY.plusDays(150), trip.getValidFrom());
    assertEquals(TODAY.plusDays(152), trip.getValidTo());
  }

  @Test
  void theTrustsTwoSmallerSchoolsWithTheirOwnStaffRecordsAndRules() {
    Map<String, List<StaffMember>> bySchool =
        all(StaffMember.class).stream()
            .collect(Collectors.groupingBy(s -> s.getSchool().getName()));
    assertEquals(
        Set.of(DemoSchool.NAME, "Riverside Academy", "Willow Brook Primary School"),
        bySchool.keySet());
    assertEquals(19, bySchool.get("Riverside Academy").size());
    assertEquals(12, bySchool.get("Willow Brook Primary School").size());
    List<Course> riverside =
        all(Course.class).stream()
            .filter(
                c -> c.getSchool() != null && "Riverside Academy".equals(c.getSchool().getName()))
            .filter(Course::isActive)
            .toList();
    assertEquals(11, riverside.size(), "the secondary offers a catalogue of its own");
    assertTrue(
        riverside.stream().anyMatch(c -> c.getTitle().startsWith("Exam access arrangements")),
        "secondary courses");
    assertTrue(riverside.stream().allMatch(c -> !c.getOutcomes().isEmpty()));
    List<UserAccount> others =
        all(UserAccount.class).stream()
            .filter(a -> a.getStaffMember() != null && !oakfield(a.getStaffMember().getSchool()))
            .toList();
    assertEquals(List.of("marcus.bennett"), others.stream().map(UserAccount::getUsername).toList());
    assertEquals(Set.of(SecurityRole.SENCO), others.get(0).getRoles());
    assertTrue(
        all(CpdRecord.class).stream()
            .anyMatch(
                r ->
                    r.getStaffMember().getEmail().startsWith("marcus.bennett@")
                        && TODAY.plusDays(60).equals(r.getExpiresOn())),
        "a certificate bought outside lapses within the window");
    assertEquals(5, all(NeedProfile.class).size());
    assertEquals(8, all(CoverageRule.class).size());
  }

  @Test
  void theObserverLeavesTheDatabaseAloneWhenNoDemoIsWanted() {
    DemoSchoolLoader loader = new DemoSchoolLoader();
    loader.log = Logger.getLogger(DemoSchoolLoader.class.getName());
    loader.onEmptyStart(new EmptyDatabaseStarted(false));
    assertNotNull(loader.clock);
  }
}
