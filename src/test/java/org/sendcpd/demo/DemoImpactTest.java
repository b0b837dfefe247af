package org.sendcpd.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendcpd.analysis.FollowUpRules;
import org.sendcpd.analysis.SchoolTerms;
import org.sendcpd.appraisal.entity.PriorityMeasure;
import org.sendcpd.testing.DemoDatabase;
import org.sendcpd.testing.JpaTestDatabase;
import org.sendcpd.training.entity.FollowUp;
import org.sendcpd.training.entity.SessionEvaluation;

/**
 * The demo school shows the impact loop: follow-ups in every stage, ratings, two terms of measures.
 */
class DemoImpactTest {

  static final LocalDate TODAY = DemoDatabase.TODAY;
  static JpaTestDatabase db;

  @BeforeAll
  static void load() {
    db = JpaTestDatabase.start();
    DemoDatabase.load(db);
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void followUpsStandInEveryStage() {
    List<FollowUp> followUps =
        db.inTransaction(
            em ->
                em.createQuery(
                        "SELECT f FROM FollowUp f JOIN FETCH f.record r JOIN FETCH r.staffMember",
                        FollowUp.class)
                    .getResultList());
    Set<String> seen =
        followUps.stream()
            .map(
                f ->
                    f.getStage() != null
                        ? f.getStage().name()
                        : FollowUpRules.status(f.getDueOn(), null, TODAY).name())
            .collect(Collectors.toSet());
    assertEquals(Set.of("NOT_YET", "TRIED", "EMBEDDED", "DUE", "COMING"), seen);
    assertTrue(
        followUps.stream()
            .anyMatch(
                f ->
                    f.getRecord().getStaffMember().getEmail().startsWith("ellie.robinson@")
                        && f.getStage() == null
                        && !f.getDueOn().isAfter(TODAY)),
        "the demo TA has a follow-up to answer");
    assertTrue(
        followUps.stream()
            .filter(f -> f.getAnsweredAt() != null)
            .allMatch(
                f ->
                    !f.getAnsweredAt()
                        .isBefore(f.getDueOn().atStartOfDay(DemoDatabase.ZONE).toInstant())),
        "nobody answers before the follow-up falls due");
  }

  @Test
  void sessionsAreRatedWithSomeBelowFiveAnswers() {
    Map<Long, Long> perSession =
        db.inTransaction(
            em ->
                em
                    .createQuery("SELECT e FROM SessionEvaluation e", SessionEvaluation.class)
                    .getResultList()
                    .stream()
                    .collect(
                        Collectors.groupingBy(e -> e.getSession().getId(), Collectors.counting())));
    assertTrue(
        perSession.values().stream().filter(n -> n >= 5).count() >= 2, perSession.toString());
    assertTrue(perSession.values().stream().anyMatch(n -> n < 5), perSession.toString());
  }

  @Test
  void lastYearsPriorityHasMeasuresInTwoTerms() {
    List<PriorityMeasure> measures =
        db.inTransaction(
            em ->
                em.createQuery(
                        "SELECT m FROM PriorityMeasure m WHERE m.priority.title = :title",
                        PriorityMeasure.class)
                    .setParameter("title", DemoImpact.LAST_YEAR_PRIORITY)
                    .getResultList());
    List<SchoolTerms.Term> terms = SchoolTerms.of(SchoolTerms.startYearOf(TODAY) - 1, List.of());
    Set<String> termsMeasured =
        measures.stream()
            .map(m -> SchoolTerms.termOf(terms, m.getTakenOn()).orElseThrow().name())
            .collect(Collectors.toSet());
    assertEquals(Set.of("Autumn", "Spring"), termsMeasured);
  }
}
