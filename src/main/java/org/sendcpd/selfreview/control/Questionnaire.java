package org.sendcpd.selfreview.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;
import org.sendcpd.selfreview.entity.QuestionnaireRespondent;
import org.sendcpd.selfreview.entity.QuestionnaireTally;
import org.sendcpd.selfreview.entity.ReviewElement;
import org.sendcpd.selfreview.entity.SelfReview;

/**
 * The staff questionnaire of a self-review: any member of staff of the school answers it once,
 * placing the school on the same five elements. An answer only adds one to five counts and marks
 * that the person answered; nothing keeps which answer was theirs. Counts are published at every
 * fifth answer and shown only from the fifth, so no reading, and no difference between two
 * readings, shows a single person's answer.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class Questionnaire {

  @PersistenceContext EntityManager em;
  @Inject CurrentUser caller;
  @Inject AccessControl access;
  @Inject AuditLog audit;
  @Inject SelfReviews reviews;

  /** The review of the caller's school for its current year, when its leaders have opened it. */
  public Optional<SelfReview> forMySchool() {
    return caller.schoolId().flatMap(s -> reviews.review(s, reviews.currentYear(s)));
  }

  public boolean hasAnswered(long reviewId) {
    return caller
        .staffId()
        .map(
            me ->
                em.find(
                        QuestionnaireRespondent.class,
                        new QuestionnaireRespondent.Key(reviewId, me))
                    != null)
        .orElse(false);
  }

  /** Records one person's answers: every element, each at 1 to 4. */
  public int answer(long reviewId, Map<ReviewElement, Integer> answers) {
    SelfReview review = em.find(SelfReview.class, reviewId);
    StaffMember me = caller.staff().orElse(null);
    if (review == null) {
      throw new InvalidInputException("There is no self-review " + reviewId);
    }
    if (me == null || !Objects.equals(me.getSchool().getId(), review.getSchool().getId())) {
      throw access.refuse(
          "SelfReview",
          reviewId,
          "The questionnaire is answered by the staff of the school whose review it is.");
    }
    check(answers);
    // Locked so answers arriving together are counted, and published, one after the other.
    em.lock(review, LockModeType.PESSIMISTIC_WRITE);
    if (hasAnswered(reviewId)) {
      throw new ConflictException(
          "You have already answered this questionnaire. Answers cannot be changed, since"
              + " nothing keeps which answer was yours.");
    }
    em.persist(new QuestionnaireRespondent(reviewId, me.getId()));
    answers.forEach(
        (element, position) ->
            em.createNamedQuery(QuestionnaireTally.COUNT_ONE)
                .setParameter("reviewId", reviewId)
                .setParameter("element", element)
                .setParameter("position", position)
                .executeUpdate());
    em.flush();
    int respondents = respondents(reviewId);
    if (respondents % QuestionnaireResults.SHOWN_FROM == 0) {
      em.createNamedQuery(QuestionnaireTally.PUBLISH)
          .setParameter("reviewId", reviewId)
          .executeUpdate();
      review.published(respondents);
    }
    audit.record(caller.username(), "SELF_REVIEW_ANSWERED", "SelfReview", reviewId, null);
    return respondents;
  }

  private static void check(Map<ReviewElement, Integer> answers) {
    List<Map<String, String>> problems = new ArrayList<>();
    for (ReviewElement element : ReviewElement.values()) {
      Integer p = answers == null ? null : answers.get(element);
      if (p == null || p < ReviewElement.FIRST || p > ReviewElement.LAST) {
        problems.add(
            Map.of(
                "field",
                "answers." + element.name(),
                "message",
                "place " + element.title() + " at 1 (bolted-on) to 4 (whole-school)"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "Answer every element at 1 to 4; nothing was recorded", problems);
    }
  }

  /**
   * The counts as they may be shown, to those who see the school and to its own staff (counts of
   * five or more answers give no one away).
   */
  public QuestionnaireResults results(long reviewId) {
    SelfReview review = em.find(SelfReview.class, reviewId);
    if (review == null) {
      throw new InvalidInputException("There is no self-review " + reviewId);
    }
    long school = review.getSchool().getId();
    if (!access.maySeeSchool(school) && !Objects.equals(caller.schoolId().orElse(null), school)) {
      throw access.deny("SelfReview", reviewId, "another school's questionnaire");
    }
    return results(review);
  }

  QuestionnaireResults results(SelfReview review) {
    int counted = review.getPublishedRespondents();
    Map<ReviewElement, List<Integer>> counts = null;
    if (counted >= QuestionnaireResults.SHOWN_FROM) {
      Map<ReviewElement, Integer[]> byElement = new EnumMap<>(ReviewElement.class);
      for (ReviewElement e : ReviewElement.values()) {
        Integer[] zeros = new Integer[ReviewElement.LAST];
        Arrays.fill(zeros, 0);
        byElement.put(e, zeros);
      }
      em.createNamedQuery(QuestionnaireTally.FIND_BY_REVIEW, QuestionnaireTally.class)
          .setParameter("reviewId", review.getId())
          .getResultList()
          .forEach(
              t -> byElement.get(t.getElement())[t.getPosition() - 1] = t.getPublishedAnswers());
      counts = new EnumMap<>(ReviewElement.class);
      for (var entry : byElement.entrySet()) {
        counts.put(entry.getKey(), List.of(entry.getValue()));
      }
    }
    return new QuestionnaireResults(review.getId(), respondents(review.getId()), counted, counts);
  }

  private int respondents(long reviewId) {
    return em.createNamedQuery(QuestionnaireRespondent.COUNT_BY_REVIEW, Long.class)
        .setParameter("reviewId", reviewId)
        .getSingleResult()
        .intValue();
  }
}
