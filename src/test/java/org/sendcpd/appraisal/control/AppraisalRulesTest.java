package org.sendcpd.appraisal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AppraisalRulesTest {

  static final long SCHOOL = 1;
  static final long OTHER_SCHOOL = 2;
  static final long PERSON = 10;
  static final long MANAGER = 11;
  static final long APPRAISER = 12;
  static final long HEAD = 13;
  static final long SENCO = 14;
  static final long COLLEAGUE = 15;

  static final AppraisalRules.Subject SUBJECT =
      new AppraisalRules.Subject(PERSON, MANAGER, APPRAISER, SCHOOL);

  static AppraisalRules.Caller staff(long id) {
    return new AppraisalRules.Caller(id, SCHOOL, false, false);
  }

  @Test
  void theAppraiseeTheirManagerAndTheirAppraiserReadEverything() {
    for (long id : new long[] {PERSON, MANAGER, APPRAISER}) {
      assertEquals(AppraisalSight.FULL, AppraisalRules.sight(staff(id), SUBJECT), "staff " + id);
    }
  }

  @Test
  void theHeadReadsEveryAppraisalOfTheirSchoolOnly() {
    var head = new AppraisalRules.Caller(HEAD, SCHOOL, true, false);
    var elsewhere = new AppraisalRules.Caller(HEAD, OTHER_SCHOOL, true, false);
    assertEquals(AppraisalSight.FULL, AppraisalRules.sight(head, SUBJECT));
    assertEquals(AppraisalSight.NONE, AppraisalRules.sight(elsewhere, SUBJECT));
  }

  @Test
  void theSencoReadsTargetsButNotNotes() {
    var senco = new AppraisalRules.Caller(SENCO, SCHOOL, false, true);
    assertEquals(AppraisalSight.TARGETS, AppraisalRules.sight(senco, SUBJECT));
    assertFalse(AppraisalRules.mayEdit(senco, SUBJECT));
    assertFalse(AppraisalRules.mayAddNote(senco, SUBJECT));
  }

  @Test
  void aSencoWhoIsAlsoTheLineManagerReadsEverything() {
    var sencoManager = new AppraisalRules.Caller(MANAGER, SCHOOL, false, true);
    assertEquals(AppraisalSight.FULL, AppraisalRules.sight(sencoManager, SUBJECT));
  }

  @Test
  void aColleagueAndAnAccountWithoutStaffRecordReadNothing() {
    assertEquals(AppraisalSight.NONE, AppraisalRules.sight(staff(COLLEAGUE), SUBJECT));
    var admin = new AppraisalRules.Caller(null, null, false, false);
    assertEquals(AppraisalSight.NONE, AppraisalRules.sight(admin, SUBJECT));
    assertFalse(AppraisalRules.mayEdit(admin, SUBJECT));
  }

  @Test
  void managersAndTheHeadSetObjectivesTheAppraiseeOnlyAddsNotes() {
    assertTrue(AppraisalRules.mayEdit(staff(MANAGER), SUBJECT));
    assertTrue(AppraisalRules.mayEdit(staff(APPRAISER), SUBJECT));
    assertTrue(
        AppraisalRules.mayEdit(new AppraisalRules.Caller(HEAD, SCHOOL, true, false), SUBJECT));
    assertFalse(AppraisalRules.mayEdit(staff(PERSON), SUBJECT));
    assertTrue(AppraisalRules.mayAddNote(staff(PERSON), SUBJECT));
    assertFalse(AppraisalRules.mayAddNote(staff(COLLEAGUE), SUBJECT));
  }

  @Test
  void nobodySetsTheirOwnObjectivesNotEvenTheHead() {
    var headsOwn = new AppraisalRules.Subject(HEAD, null, APPRAISER, SCHOOL);
    var head = new AppraisalRules.Caller(HEAD, SCHOOL, true, false);
    assertEquals(AppraisalSight.FULL, AppraisalRules.sight(head, headsOwn));
    assertFalse(AppraisalRules.mayEdit(head, headsOwn));
  }
}
