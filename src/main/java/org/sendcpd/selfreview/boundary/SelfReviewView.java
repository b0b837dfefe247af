package org.sendcpd.selfreview.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.VisibleSchools;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.StaleEditException;
import org.sendcpd.selfreview.control.IndicatorLines;
import org.sendcpd.selfreview.control.PlacementDraft;
import org.sendcpd.selfreview.control.QuestionnaireResults;
import org.sendcpd.selfreview.control.SelfReviewPicture;
import org.sendcpd.selfreview.control.SelfReviewPictures;
import org.sendcpd.selfreview.control.SelfReviews;
import org.sendcpd.selfreview.control.SwotPrefill;
import org.sendcpd.selfreview.entity.ReviewElement;
import org.sendcpd.ui.ScreenMessages;

/**
 * The self-review for the SENCO and the head: the five elements to place, last year's positions and
 * the staff's counts beside them, the indicators from the record, and the SWOT points they suggest
 * for the development plan.
 */
@Named
@ViewScoped
public class SelfReviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SelfReviews reviews;
  @Inject SelfReviewPictures pictures;
  @Inject SwotPrefill swot;
  @Inject VisibleSchools schools;
  @Inject CurrentUser caller;
  @Inject ScreenMessages messages;

  private long schoolId;
  private String year;
  private String lastYear;
  private LocalDate date;
  private LocalDate lastYearDate;
  private boolean editable;
  private boolean swotEditable;
  private List<ElementRow> rows = List.of();
  private List<IndicatorRow> indicators = List.of();
  private int respondents;
  private int countedRespondents;
  private boolean opened;
  private String strengths;
  private String weaknesses;
  private Integer planVersion;

  public void load() {
    schoolId = caller.schoolId().orElseGet(schools::requireDefaultSchool);
    year = reviews.currentYear(schoolId);
    editable = reviews.mayLead(schoolId);
    swotEditable = swot.mayEdit(schoolId);
    SelfReviewPicture picture = pictures.of(schoolId, year);
    lastYear = picture.lastYear();
    date = picture.date();
    lastYearDate = picture.lastYearDate();
    opened = picture.reviewId() != null;
    QuestionnaireResults results = picture.questionnaire();
    respondents = results == null ? 0 : results.respondents();
    countedRespondents = results == null ? 0 : results.countedRespondents();
    List<ElementRow> made = new ArrayList<>();
    for (ReviewElement e : ReviewElement.values()) {
      SelfReviewPicture.Placed now = picture.placed().get(e);
      SelfReviewPicture.Placed before = picture.lastYearPlaced().get(e);
      made.add(
          new ElementRow(
              e,
              now == null ? null : now.position(),
              now == null ? null : now.evidence(),
              before == null ? null : before.position(),
              results != null && results.shown() ? results.counts().get(e) : null));
    }
    rows = made;
    indicators =
        IndicatorLines.of(picture.indicators(), picture.lastYearIndicators()).stream()
            .map(l -> new IndicatorRow(l.label(), l.now(), l.lastYear()))
            .toList();
    SwotPrefill.Prefilled prefilled = swot.prefill(schoolId, year, picture);
    strengths = prefilled.strengths();
    weaknesses = prefilled.weaknesses();
    planVersion = prefilled.planVersion();
  }

  public void save() {
    List<PlacementDraft> drafts =
        rows.stream()
            .filter(r -> r.getPosition() != null)
            .map(r -> new PlacementDraft(r.getElement(), r.getPosition(), r.getEvidence()))
            .toList();
    try {
      reviews.save(schoolId, year, drafts);
      load();
      messages.info(messages.text("selfReview.saved"));
    } catch (InvalidInputException e) {
      messages.refused(e);
    }
  }

  public void saveSwot() {
    try {
      swot.save(schoolId, year, strengths, weaknesses, planVersion);
      load();
      messages.info(messages.text("selfReview.swotSaved"));
    } catch (StaleEditException e) {
      messages.stale(e, List.of("Strengths", "Weaknesses"));
    } catch (InvalidInputException e) {
      messages.refused(e);
    } catch (ConflictException e) {
      messages.refused(e);
    }
  }

  public List<Integer> getPositions() {
    return List.of(1, 2, 3, 4);
  }

  public String positionName(int position) {
    return ReviewElement.positionName(position);
  }

  public int getShownFrom() {
    return QuestionnaireResults.SHOWN_FROM;
  }

  public String getYear() {
    return year;
  }

  public String getLastYear() {
    return lastYear;
  }

  public LocalDate getDate() {
    return date;
  }

  public LocalDate getLastYearDate() {
    return lastYearDate;
  }

  public boolean isEditable() {
    return editable;
  }

  public boolean isSwotEditable() {
    return swotEditable;
  }

  public boolean isOpened() {
    return opened;
  }

  public List<ElementRow> getRows() {
    return rows;
  }

  public List<IndicatorRow> getIndicators() {
    return indicators;
  }

  public int getRespondents() {
    return respondents;
  }

  public int getCountedRespondents() {
    return countedRespondents;
  }

  public boolean isCountsShown() {
    return countedRespondents >= QuestionnaireResults.SHOWN_FROM;
  }

  public String getStrengths() {
    return strengths;
  }

  public void setStrengths(String strengths) {
    this.strengths = strengths;
  }

  public String getWeaknesses() {
    return weaknesses;
  }

  public void setWeaknesses(String weaknesses) {
    this.weaknesses = weaknesses;
  }
}
