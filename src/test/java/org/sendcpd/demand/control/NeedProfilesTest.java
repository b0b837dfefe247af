package org.sendcpd.demand.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.framework.entity.AreaOfNeed.COGNITION_AND_LEARNING;
import static org.sendcpd.framework.entity.AreaOfNeed.COMMUNICATION_AND_INTERACTION;
import static org.sendcpd.framework.entity.AreaOfNeed.SENSORY_AND_PHYSICAL;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendcpd.demand.entity.NeedProfile;
import org.sendcpd.organisation.control.EditGuard;
import org.sendcpd.platform.control.AccessDeniedException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.testing.Fixtures;
import org.sendcpd.testing.JpaTestDatabase;

class NeedProfilesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  static JpaTestDatabase db;

  long school;
  Callers.Audit audit;

  @BeforeAll
  static void migrate() {
    db = JpaTestDatabase.start();
  }

  static long newSchool() {
    return db.inTransaction(
        em -> {
          var school = Fixtures.school(em);
          em.flush();
          return school.getId();
        });
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @BeforeEach
  void freshSchool() {
    school = newSchool();
    audit = new Callers.Audit();
  }

  private NeedProfile save(String yearGroup, AreaCount... counts) {
    return db.inTransaction(em -> service(em).save(school, yearGroup, List.of(counts)));
  }

  private List<NeedProfile> list() {
    return db.inTransaction(em -> service(em).inSchool(school));
  }

  private NeedProfiles service(jakarta.persistence.EntityManager em) {
    NeedProfiles profiles = new NeedProfiles();
    profiles.em = em;
    profiles.access = Callers.allowing(school);
    profiles.audit = audit;
    profiles.caller = Callers.senco();
    profiles.guard = new EditGuard(); // no copy's version is checked here
    profiles.clock =
        Clock.fixed(
            TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));
    return profiles;
  }

  @Test
  void aSchoolHasOneWholeSchoolProfileWhicheverWayItIsSaved() {
    save(null, new AreaCount(COMMUNICATION_AND_INTERACTION, 20, 5));
    save("  ", new AreaCount(COMMUNICATION_AND_INTERACTION, 22, 6));
    save(null, new AreaCount(COGNITION_AND_LEARNING, 9, 1));

    List<NeedProfile> profiles = list();
    assertEquals(1, profiles.size(), "one whole-school profile, replaced twice");
    NeedProfile whole = profiles.get(0);
    assertTrue(whole.isWholeSchool());
    assertEquals(9, whole.countFor(COGNITION_AND_LEARNING).orElseThrow().getPupils());
    assertEquals(
        0,
        whole.countFor(COMMUNICATION_AND_INTERACTION).orElseThrow().getPupils(),
        "a save replaces the profile: an area not given counts nobody");
    assertEquals(4, whole.getCounts().size(), "every area is stored");
    assertEquals(TODAY, whole.getRecordedOn());
    assertTrue(audit.actions.get(0).startsWith("NEED_PROFILE_CREATED"));
    assertTrue(audit.actions.get(2).startsWith("NEED_PROFILE_UPDATED"));
  }

  @Test
  void aYearGroupIsMatchedIgnoringCaseAndListedAfterTheWholeSchoolInNaturalOrder() {
    save("Year 10", new AreaCount(SENSORY_AND_PHYSICAL, 1, 0));
    save("Year 2", new AreaCount(SENSORY_AND_PHYSICAL, 2, 1));
    save(null, new AreaCount(SENSORY_AND_PHYSICAL, 5, 2));
    save(" year 2 ", new AreaCount(SENSORY_AND_PHYSICAL, 3, 1));

    List<NeedProfile> profiles = list();
    assertEquals(3, profiles.size());
    assertNull(profiles.get(0).getYearGroup());
    assertEquals("Year 2", profiles.get(1).getYearGroup());
    assertEquals("Year 10", profiles.get(2).getYearGroup());
    assertEquals(3, profiles.get(1).countFor(SENSORY_AND_PHYSICAL).orElseThrow().getPupils());
  }

  @Test
  void ehcPlansCannotOutnumberPupilsAndNothingIsSaved() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                save(
                    "Year 4",
                    new AreaCount(COMMUNICATION_AND_INTERACTION, 3, 1),
                    new AreaCount(COGNITION_AND_LEARNING, 2, 3)));
    assertTrue(
        refused.details().toString().contains("counts[1].ehcPlans"), refused.details().toString());
    assertTrue(list().isEmpty(), "nothing saved");
    assertTrue(audit.actions.isEmpty());
  }

  @Test
  void countsAreNeverNegativeAndAnAreaIsGivenOnce() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                save(
                    null,
                    new AreaCount(COMMUNICATION_AND_INTERACTION, -1, 0),
                    new AreaCount(COGNITION_AND_LEARNING, 4, -2),
                    new AreaCount(COMMUNICATION_AND_INTERACTION, 1, 0)));
    String details = refused.details().toString();
    assertTrue(details.contains("counts[0].pupils"), details);
    assertTrue(details.contains("counts[1].ehcPlans"), details);
    assertTrue(details.contains("counts[2].areaOfNeed"), details);
    assertTrue(list().isEmpty());
  }

  @Test
  void theWholeSchoolIsNotAYearGroupName() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> save("Whole School"));
    assertTrue(refused.details().toString().contains("yearGroup"));
  }

  @Test
  void anotherSchoolsProfilesAreRefused() {
    long other = newSchool();
    assertThrows(
        AccessDeniedException.class,
        () -> db.inTransaction(em -> service(em).save(other, null, List.of())));
    assertThrows(
        AccessDeniedException.class, () -> db.inTransaction(em -> service(em).inSchool(other)));
  }
}
