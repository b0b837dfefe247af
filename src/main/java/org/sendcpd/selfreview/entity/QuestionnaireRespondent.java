package org.sendcpd.selfreview.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * That a member of staff has answered a review's questionnaire, so they answer once: no time, no
 * answer, nothing that ties them to a {@link QuestionnaireTally}.
 */
@Entity
@Table(name = "self_review_respondent")
@IdClass(QuestionnaireRespondent.Key.class)
@NamedQuery(
    name = QuestionnaireRespondent.COUNT_BY_REVIEW,
    query = "SELECT COUNT(r) FROM QuestionnaireRespondent r WHERE r.reviewId = :reviewId")
public class QuestionnaireRespondent {

  public static final String COUNT_BY_REVIEW = "QuestionnaireRespondent.countByReview";

  /** The key: review and person (a plain class: JPA sets its fields). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long reviewId;
    private Long staffId;

    public Key() {}

    public Key(long reviewId, long staffId) {
      this.reviewId = reviewId;
      this.staffId = staffId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(reviewId, k.reviewId)
          && Objects.equals(staffId, k.staffId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(reviewId, staffId);
    }
  }

  @Id
  @Column(name = "review_id")
  private Long reviewId;

  @Id
  @Column(name = "staff_id")
  private Long staffId;

  protected QuestionnaireRespondent() {}

  public QuestionnaireRespondent(long reviewId, long staffId) {
    this.reviewId = reviewId;
    this.staffId = staffId;
  }
}
