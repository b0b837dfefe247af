package org.sendcpd.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class GeneratorTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final Size TINY = new Size("tiny", 4, 400);

  private record Row(Table table, List<Object> values) {}

  private static List<Row> generate(long seed) {
    List<Row> rows = new ArrayList<>();
    Generator.generate(
        TINY, TODAY, seed, (table, values) -> rows.add(new Row(table, Arrays.asList(values))));
    return rows;
  }

  private static final List<Row> ROWS = generate(42);

  private static long count(Table table) {
    return ROWS.stream().filter(r -> r.table() == table).count();
  }

  private static long count(Table table, String column, Predicate<Object> test) {
    int i = table.columns.indexOf(column);
    return ROWS.stream().filter(r -> r.table() == table && test.test(r.values().get(i))).count();
  }

  @Test
  void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
    assertEquals(ROWS, generate(42));
    assertNotEquals(ROWS, generate(43));
  }

  @Test
  void everyRowFillsEveryColumn() {
    ROWS.forEach(r -> assertEquals(r.table().columns.size(), r.values().size(), r.toString()));
  }

  @Test
  void schoolsAndStaffAsTheSizeSays() {
    assertEquals(4, count(Table.SCHOOL));
    assertEquals(400, count(Table.STAFF_MEMBER));
    assertEquals(4, count(Table.STAFF_MEMBER, "job_role", "SENCO"::equals));
    assertEquals(4, count(Table.STAFF_MEMBER, "job_role", "HEADTEACHER"::equals));
    assertEquals(
        6, count(Table.USER_ACCOUNT), "a SENCO per school, the trust lead and the administrator");
  }

  @Test
  void aboutAThirdOfStaffAreTeachingAssistants() {
    double tas = count(Table.STAFF_MEMBER, "job_role", "TA"::equals) / 400.0;
    double teachers = count(Table.STAFF_MEMBER, "job_role", "TEACHER"::equals) / 400.0;
    assertTrue(tas > 0.25 && tas < 0.42, "TAs " + tas);
    assertTrue(teachers > 0.3 && teachers < 0.46, "teachers " + teachers);
  }

  @Test
  void aboutTwentyFiveRecordsPerPersonVerifiedPendingAndExpired() {
    double perPerson = count(Table.CPD_RECORD) / 400.0;
    assertTrue(perPerson > 23 && perPerson < 27, "records per person " + perPerson);
    double verified = count(Table.CPD_RECORD, "status", "VERIFIED"::equals);
    double pending = count(Table.CPD_RECORD, "status", "SELF_LOGGED"::equals);
    long expired =
        count(Table.CPD_RECORD, "expires_on", v -> v != null && ((LocalDate) v).isBefore(TODAY));
    assertTrue(verified / count(Table.CPD_RECORD) > 0.7, "verified share");
    assertTrue(pending / count(Table.CPD_RECORD) > 0.1, "pending share");
    assertTrue(expired > count(Table.CPD_RECORD) / 50, "some certificates lapsed");
    assertTrue(
        count(Table.CPD_RECORD, "completed_on", v -> ((LocalDate) v).isBefore(TODAY.minusYears(3)))
            == 0,
        "all within three years");
  }

  @Test
  void aFrameworkOfFortyCompetencesWithRequirementsPlansAndRules() {
    assertEquals(40, count(Table.COMPETENCE));
    assertEquals(40, count(Table.ROLE_REQUIREMENT, "job_role", "SENCO"::equals));
    assertTrue(count(Table.ROLE_REQUIREMENT) > 100);
    assertEquals(4 * PlanRows.SESSIONS_PER_SCHOOL, count(Table.TRAINING_SESSION));
    assertTrue(count(Table.BOOKING) > 0 && count(Table.OBJECTIVE_TARGET) > 0);
    assertEquals(8, count(Table.NEED_PROFILE), "the whole school and Year 2 in each");
    assertEquals(16, count(Table.COVERAGE_RULE));
  }

  @Test
  void theClassroomStaffAreDeployedToTheirGroups() {
    long classroom =
        count(
            Table.STAFF_MEMBER,
            "job_role",
            r -> List.of("TEACHER", "ECT", "TA", "HLTA").contains(r));
    long deployments = count(Table.STAFF_DEPLOYMENT);
    assertTrue(
        deployments > classroom && deployments < classroom * 1.3,
        deployments + " for " + classroom);
    assertTrue(
        count(Table.STAFF_DEPLOYMENT, "days", "MON,TUE,WED,THU,FRI"::equals) > classroom / 2);
  }

  @Test
  void theStoredPasswordHasTheFormThePlatformVerifies() {
    String hash = OrganisationRows.pbkdf2("x", 1);
    assertTrue(hash.matches("PBKDF2WithHmacSHA512:210000:[A-Za-z0-9+/=]{44}:[A-Za-z0-9+/=]{88}"));
  }
}
