package org.sendcpd.selfreview.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.util.Objects;

/**
 * How many staff placed the school at one position of one element in a review's questionnaire.
 * Answers are kept only as these counts, never as rows of their own, so no answer can be read back
 * as one person's. {@link #getPublishedAnswers()} is the count as it stood at the last fifth
 * answer: the only one ever shown, so comparing two readings never isolates a single answer.
 */
@Entity
@Table(name = "self_review_tally")
@IdClass(QuestionnaireTally.Key.class)
@NamedQuery(
    name = QuestionnaireTally.FIND_BY_REVIEW,
    query = "SELECT t FROM QuestionnaireTally t WHERE t.reviewId = :reviewId")
@NamedQuery(
    name = QuestionnaireTally.COUNT_ONE,
    query =
        "UPDATE QuestionnaireTally t SET t.answers = t.answers + 1 WHERE t.reviewId = :reviewId"
            + " AND t.element = :element AND t.position = :position")
@NamedQuery(
    name = QuestionnaireTally.PUBLISH,
    query =
        "UPDATE QuestionnaireTally t SET t.publishedAnswers = t.answers"
            + " WHERE t.reviewId = :reviewId")
public class QuestionnaireTally {

  public static final String FIND_BY_REVIEW = "QuestionnaireTally.findByReview";
  public static final String COUNT_ONE = "QuestionnaireTally.countOne";
  public static final String PUBLISH = "QuestionnaireTally.publish";

  /** The key of a count: review, element, position (a plain class: JPA sets its fields). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long reviewId;
    private ReviewElement element;
    private Integer position;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(reviewId, k.reviewId)
          && element == k.element
          && Objects.equals(position, k.position);
    }

    @Override
    public int hashCode() {
      return Objects.hash(reviewId, element, position);
    }
  }

  @Id
  @Column(name = "review_id")
  private Long reviewId;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "element")
  private ReviewElement element;

  @Id
  @Column(name = "scale_position")
  private Integer position;

  @Min(0)
  private int answers;

  @Min(0)
  @Column(name = "published_answers")
  private int publishedAnswers;

  protected QuestionnaireTally() {}

  public QuestionnaireTally(long reviewId, ReviewElement element, int position) {
    this.reviewId = reviewId;
    this.element = element;
    this.position = position;
  }

  /** A count carried over as it stands, as a demo or an import brings it. */
  public QuestionnaireTally(
      long reviewId, ReviewElement element, int position, int answers, int publishedAnswers) {
    this(reviewId, element, position);
    this.answers = answers;
    this.publishedAnswers = publishedAnswers;
  }

  public ReviewElement getElement() {
    return element;
  }

  public int getPosition() {
    return position;
  }

  public int getPublishedAnswers() {
    return publishedAnswers;
  }
}
