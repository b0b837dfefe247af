package org.sendcpd.selfreview.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.selfreview.control.Questionnaire;
import org.sendcpd.selfreview.control.QuestionnaireResults;
import org.sendcpd.selfreview.entity.ReviewElement;
import org.sendcpd.selfreview.entity.SelfReview;
import org.sendcpd.ui.ScreenMessages;

/**
 * The staff questionnaire of this year's self-review, for any member of staff of the school:
 * answered once and anonymously; the counts show once five colleagues have answered.
 */
@Named
@ViewScoped
public class QuestionnaireView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Questionnaire questionnaire;
  @Inject ScreenMessages messages;

  private Long reviewId;
  private String year;
  private boolean answered;
  private int respondents;
  private boolean countsShown;
  private List<AnswerRow> rows = List.of();

  public void load() {
    SelfReview review = questionnaire.forMySchool().orElse(null);
    reviewId = review == null ? null : review.getId();
    year = review == null ? null : review.getAcademicYear();
    if (review == null) {
      rows = List.of();
      return;
    }
    answered = questionnaire.hasAnswered(reviewId);
    QuestionnaireResults results = questionnaire.results(reviewId);
    respondents = results.respondents();
    countsShown = results.shown();
    rows =
        List.of(ReviewElement.values()).stream()
            .map(e -> new AnswerRow(e, results.shown() ? results.counts().get(e) : null))
            .toList();
  }

  public void submit() {
    Map<ReviewElement, Integer> answers = new EnumMap<>(ReviewElement.class);
    rows.forEach(
        r -> {
          if (r.getPosition() != null) {
            answers.put(r.getElement(), r.getPosition());
          }
        });
    try {
      questionnaire.answer(reviewId, answers);
      load();
      messages.info(messages.text("questionnaire.thanks"));
    } catch (InvalidInputException e) {
      messages.refused(e);
    } catch (ConflictException e) {
      messages.refused(e);
      load();
    }
  }

  public List<Integer> getPositions() {
    return List.of(1, 2, 3, 4);
  }

  public String positionName(int position) {
    return ReviewElement.positionName(position);
  }

  public boolean isOpen() {
    return reviewId != null;
  }

  public String getYear() {
    return year;
  }

  public boolean isAnswered() {
    return answered;
  }

  public int getRespondents() {
    return respondents;
  }

  public boolean isCountsShown() {
    return countsShown;
  }

  public int getShownFrom() {
    return QuestionnaireResults.SHOWN_FROM;
  }

  public List<AnswerRow> getRows() {
    return rows;
  }
}
