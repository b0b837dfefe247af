package org.sendcpd.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendcpd.analysis.EvaluationAverages.Rating;
import org.sendcpd.analysis.ImpactChain.DatedRating;
import org.sendcpd.analysis.ImpactChain.Link;
import org.sendcpd.analysis.ImpactChain.Measure;
import org.sendcpd.analysis.ImpactChain.Training;
import org.sendcpd.analysis.ImpactChain.Use;

class ImpactChainTest {

  static final List<SchoolTerms.Term> TERMS = SchoolTerms.of(2025, List.of());
  static final LocalDate END_OF_YEAR = LocalDate.of(2026, 8, 31);

  @Test
  void standardTermsCoverTheWholeYearWithHolidaysInTheTermBefore() {
    assertEquals(3, TERMS.size());
    assertEquals(LocalDate.of(2025, 9, 1), TERMS.get(0).from());
    assertEquals(LocalDate.of(2025, 12, 31), TERMS.get(0).to());
    assertEquals(LocalDate.of(2026, 3, 31), TERMS.get(1).to());
    assertEquals(END_OF_YEAR, TERMS.get(2).to());
  }

  @Test
  void aSchoolsOwnTermDatesDecideWhereATermEnds() {
    List<SchoolTerms.Term> own =
        SchoolTerms.of(
            2025,
            List.of(
                new SchoolTerms.Start("Spring term", LocalDate.of(2026, 1, 5)),
                new SchoolTerms.Start("Autumn term", LocalDate.of(2025, 9, 3)),
                new SchoolTerms.Start("Summer term", LocalDate.of(2026, 4, 20)),
                new SchoolTerms.Start("Next year", LocalDate.of(2026, 9, 2))));
    assertEquals(
        List.of("Autumn term", "Spring term", "Summer term"),
        own.stream().map(SchoolTerms.Term::name).toList());
    assertEquals(LocalDate.of(2025, 9, 1), own.get(0).from(), "the first days of September count");
    assertEquals(LocalDate.of(2026, 1, 4), own.get(0).to(), "Christmas counts in the autumn");
    assertEquals(LocalDate.of(2026, 4, 19), own.get(1).to(), "Easter counts in the spring");
  }

  @Test
  void academicYearsAreReadAndWrittenAsSchoolsWriteThem() {
    assertEquals(2026, SchoolTerms.startYearOf("2026/27"));
    assertEquals(-1, SchoolTerms.startYearOf("2026/28"));
    assertEquals(-1, SchoolTerms.startYearOf("26/27"));
    assertEquals(2025, SchoolTerms.startYearOf(LocalDate.of(2026, 8, 31)));
    assertEquals(2026, SchoolTerms.startYearOf(LocalDate.of(2026, 9, 1)));
    assertEquals("2099/00", SchoolTerms.label(2099));
  }

  @Test
  void inputsArePlacedInTheTermOfCompletionAndPeopleCountedOnce() {
    List<Training> training =
        List.of(
            new Training(1, LocalDate.of(2025, 10, 1), new BigDecimal("3"), new BigDecimal("40")),
            new Training(1, LocalDate.of(2025, 11, 1), new BigDecimal("1.5"), null),
            new Training(2, LocalDate.of(2026, 2, 1), new BigDecimal("2"), new BigDecimal("10")));

    List<Link> chain =
        ImpactChain.of(TERMS, training, List.of(), List.of(), List.of(), END_OF_YEAR);

    assertEquals(1, chain.get(0).peopleTrained());
    assertEquals(new BigDecimal("4.5"), chain.get(0).cpdHours());
    assertEquals(new BigDecimal("40"), chain.get(0).spend());
    assertEquals(1, chain.get(1).peopleTrained());
    assertEquals(0, chain.get(2).peopleTrained());
    assertEquals(BigDecimal.ZERO, chain.get(2).spend());
    Link year = ImpactChain.total(chain, training, END_OF_YEAR);
    assertEquals(2, year.peopleTrained());
    assertEquals(new BigDecimal("6.5"), year.cpdHours());
  }

  @Test
  void nothingAfterTheReferenceDateCounts() {
    List<Training> training =
        List.of(new Training(1, LocalDate.of(2025, 10, 1), BigDecimal.ONE, BigDecimal.ONE));
    List<Use> uses =
        List.of(
            new Use(LocalDate.of(2025, 11, 12), FollowUpStage.TRIED, LocalDate.of(2025, 12, 1)));
    List<Measure> measures =
        List.of(new Measure(LocalDate.of(2025, 12, 10), "on track", BigDecimal.ONE, null));

    List<Link> chain =
        ImpactChain.of(TERMS, training, List.of(), uses, measures, LocalDate.of(2025, 9, 30));

    assertEquals(0, chain.get(0).peopleTrained());
    assertEquals(new ImpactChain.UseCounts(0, 0, 0, 0), chain.get(0).followUps());
    assertTrue(chain.get(0).measures().isEmpty());
  }

  @Test
  void aFollowUpCountsWhereItWasAnsweredAndUnansweredOnesAsDueOnceTheirDayCame() {
    List<Use> uses =
        List.of(
            new Use(LocalDate.of(2025, 12, 1), FollowUpStage.EMBEDDED, LocalDate.of(2026, 1, 10)),
            new Use(LocalDate.of(2025, 12, 1), FollowUpStage.NOT_YET, LocalDate.of(2025, 12, 2)),
            new Use(LocalDate.of(2025, 12, 1), null, null),
            new Use(LocalDate.of(2026, 3, 1), null, null));

    List<Link> chain =
        ImpactChain.of(TERMS, List.of(), List.of(), uses, List.of(), LocalDate.of(2026, 2, 1));

    assertEquals(new ImpactChain.UseCounts(1, 0, 0, 1), chain.get(0).followUps());
    assertEquals(
        new ImpactChain.UseCounts(0, 0, 1, 0),
        chain.get(1).followUps(),
        "answered in January, the one due in March is not due yet");
  }

  @Test
  void ratingsAreAveragedOnlyFromFiveAnswers() {
    List<DatedRating> four = ratings(LocalDate.of(2025, 10, 1), 4, new Rating(5, 1, 3));
    List<DatedRating> six = ratings(LocalDate.of(2026, 2, 1), 6, new Rating(4, 2, 3));
    six = new ArrayList<>(six);
    six.set(0, new DatedRating(LocalDate.of(2026, 2, 1), new Rating(1, 2, 4)));
    List<DatedRating> all = new ArrayList<>(four);
    all.addAll(six);

    List<Link> chain = ImpactChain.of(TERMS, List.of(), all, List.of(), List.of(), END_OF_YEAR);

    assertEquals(4, chain.get(0).evaluation().answers());
    assertNull(chain.get(0).evaluation().usefulness(), "four answers are not shown");
    assertEquals(3.5, chain.get(1).evaluation().usefulness());
    assertEquals(2.0, chain.get(1).evaluation().confidenceBefore());
    assertEquals(3.2, chain.get(1).evaluation().confidenceAfter());
    EvaluationAverages year = ImpactChain.total(chain, List.of(), END_OF_YEAR).evaluation();
    assertEquals(6, year.answers(), "the autumn's four stay out of the year's figures too");
    assertEquals(3.5, year.usefulness());
  }

  @Test
  void measuresShowAsPercentagesOfTheirWhole() {
    Measure reading =
        new Measure(
            LocalDate.of(2025, 12, 1),
            "on track in reading",
            new BigDecimal("14"),
            new BigDecimal("31"));
    assertEquals(new BigDecimal("45.2"), reading.percent());
    assertNull(new Measure(LocalDate.of(2025, 12, 1), "count", BigDecimal.TEN, null).percent());

    List<Link> chain =
        ImpactChain.of(TERMS, List.of(), List.of(), List.of(), List.of(reading), END_OF_YEAR);
    assertEquals(List.of(reading), chain.get(0).measures());
    assertTrue(chain.get(1).measures().isEmpty());
  }

  @Test
  void aFollowUpFallsDueTheConfiguredWeeksAfterTraining() {
    LocalDate done = LocalDate.of(2025, 10, 6);
    assertEquals(LocalDate.of(2025, 11, 17), FollowUpRules.dueOn(done, 6));
    assertEquals(
        FollowUpRules.Status.COMING,
        FollowUpRules.status(LocalDate.of(2025, 11, 17), null, LocalDate.of(2025, 11, 16)));
    assertEquals(
        FollowUpRules.Status.DUE,
        FollowUpRules.status(LocalDate.of(2025, 11, 17), null, LocalDate.of(2025, 11, 17)));
    assertEquals(
        FollowUpRules.Status.ANSWERED,
        FollowUpRules.status(
            LocalDate.of(2025, 11, 17), FollowUpStage.NOT_YET, LocalDate.of(2025, 11, 1)));
    assertThrows(IllegalArgumentException.class, () -> FollowUpRules.dueOn(done, 0));
  }

  private static List<DatedRating> ratings(LocalDate on, int n, Rating rating) {
    List<DatedRating> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(new DatedRating(on, rating));
    }
    return list;
  }
}
