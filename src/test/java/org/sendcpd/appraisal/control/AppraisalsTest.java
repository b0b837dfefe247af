package org.sendcpd.appraisal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendcpd.appraisal.entity.Appraisal;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.PeopleNames;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AccessDeniedException;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.Changes;
import org.sendcpd.testing.DemoDatabase;
import org.sendcpd.testing.JpaTestDatabase;

/**
 * The reading rules on the demo school's appraisals: notes never leave the control layer for the
 * SENCO, a TA is refused (and the refusal audited), every reading is audited with ids only.
 */
class AppraisalsTest {

  static JpaTestDatabase db;

  final List<String> audit = new ArrayList<>();

  @BeforeAll
  static void demo() {
    db = JpaTestDatabase.start();
    DemoDatabase.load(db);
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @BeforeEach
  void clearAudit() {
    audit.clear();
  }

  @Test
  void theSencoReadsTargetsWithoutReviewNotesAndTheReadingIsAudited() {
    db.run(
        em -> {
          Appraisal ta = appraisalOf(em, "ellie.robinson");
          AppraisalSheet sheet = as(em, "eleanor.shah", SecurityRole.SENCO).read(ta.getId());
          assertEquals(AppraisalSight.TARGETS, sheet.sight());
          assertFalse(sheet.objectives().isEmpty());
          sheet.objectives().forEach(o -> assertNull(o.reviews(), "no notes for the SENCO"));
          sheet.objectives().forEach(o -> assertFalse(o.targets().isEmpty()));
          assertEquals(
              List.of(
                  "eleanor.shah APPRAISAL_VIEWED Appraisal "
                      + ta.getId()
                      + " staff "
                      + ta.getStaffMember().getId()),
              audit);
        });
  }

  @Test
  void theHeadReadsTheNotes() {
    db.run(
        em -> {
          Appraisal ta = appraisalOf(em, "ellie.robinson");
          AppraisalSheet sheet = as(em, "rachel.okonkwo", SecurityRole.HEAD).read(ta.getId());
          assertEquals(AppraisalSight.FULL, sheet.sight());
          assertNotNull(sheet.objectives().get(0).reviews());
          assertFalse(sheet.objectives().get(0).reviews().isEmpty());
          assertTrue(sheet.editable());
        });
  }

  @Test
  void aTeachingAssistantIsRefusedAnotherPersonsAppraisalAndTheRefusalIsAudited() {
    db.run(
        em -> {
          Appraisal other = appraisalOf(em, "zara.ahmed");
          Appraisals ta = as(em, "ellie.robinson", SecurityRole.STAFF);
          assertThrows(AccessDeniedException.class, () -> ta.read(other.getId()));
          assertEquals(List.of("ellie.robinson ACCESS_DENIED Appraisal " + other.getId()), audit);
        });
  }

  @Test
  void aLineManagerListsTheirAppraiseesAndEachIsAuditedAsViewed() {
    db.run(
        em -> {
          StaffMember deputy = staff(em, "daniel.whitfield");
          List<AppraisalSummary> mine =
              as(em, "daniel.whitfield", SecurityRole.LINE_MANAGER).visible(null, null);
          assertFalse(mine.isEmpty());
          for (AppraisalSummary a : mine) {
            assertEquals(
                deputy.getId(), em.find(StaffMember.class, a.staffId()).getLineManager().getId());
          }
          assertEquals(mine.size(), audit.size());
          assertTrue(audit.stream().allMatch(a -> a.contains("APPRAISAL_VIEWED")));
        });
  }

  private Appraisals as(EntityManager em, String username, SecurityRole... roles) {
    StaffMember me = staff(em, username);
    Set<SecurityRole> granted = Set.of(roles);
    CurrentUser caller =
        new CurrentUser() {
          @Override
          public String username() {
            return username;
          }

          @Override
          public boolean has(SecurityRole role) {
            return granted.contains(role);
          }

          @Override
          public Optional<StaffMember> staff() {
            return Optional.of(me);
          }

          @Override
          public Optional<Long> staffId() {
            return Optional.of(me.getId());
          }

          @Override
          public Optional<Long> schoolId() {
            return Optional.of(me.getSchool().getId());
          }
        };
    AuditLog log =
        new AuditLog() {
          @Override
          public void record(String actor, String action, String type, Long id, String detail) {
            audit.add(
                (actor + " " + action + " " + type + " " + id + " " + detail).replace(" null", ""));
          }

          @Override
          public void change(String actor, String action, String type, Long id, Changes detail) {
            record(actor, action, type, id, detail.text());
          }
        };
    AccessControl access =
        new AccessControl() {
          @Override
          public AccessDeniedException deny(String type, Long id, String why) {
            log.record(username, "ACCESS_DENIED", type, id, null);
            return new AccessDeniedException(why);
          }
        };
    AppraisalGate gate = new AppraisalGate();
    gate.caller = caller;
    gate.access = access;
    gate.audit = log;
    SheetMaker sheets = new SheetMaker();
    sheets.em = em;
    sheets.names = new PeopleNames(em);
    Appraisals appraisals = new Appraisals();
    appraisals.em = em;
    appraisals.gate = gate;
    appraisals.access = access;
    appraisals.sheets = sheets;
    return appraisals;
  }

  private static StaffMember staff(EntityManager em, String username) {
    return em.createNamedQuery(StaffMember.FIND_BY_EMAIL, StaffMember.class)
        .setParameter("email", username + "@oakfield.example.org")
        .getSingleResult();
  }

  private static Appraisal appraisalOf(EntityManager em, String username) {
    return em.createNamedQuery(Appraisal.FIND_BY_STAFF, Appraisal.class)
        .setParameter("staffId", staff(em, username).getId())
        .getResultList()
        .get(0);
  }
}
