package org.sendcpd.assessment.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendcpd.assessment.control.CompetenceStanding;
import org.sendcpd.assessment.control.Rating;
import org.sendcpd.assessment.control.SelfAssessments;
import org.sendcpd.assessment.control.Standings;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.ui.ScreenMessages;

/**
 * My self-assessment: the signed-in person rates their confidence in each competence asked of them,
 * beside what they hold (which the rating never changes).
 */
@Named
@ViewScoped
public class SelfAssessmentView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CurrentUser caller;
  @Inject Standings standings;
  @Inject SelfAssessments assessments;
  @Inject ScreenMessages messages;
  @Inject PracticeShown practice;

  private List<CompetenceStanding> rows = List.of();
  private final Map<String, Integer> chosen = new HashMap<>();
  private LocalDate lastRated;

  public void load() {
    caller
        .staff()
        .ifPresent(
            me -> {
              rows = standings.of(me, LocalDate.now());
              chosen.clear();
              rows.forEach(r -> chosen.put(r.competenceCode(), r.confidence()));
              lastRated =
                  assessments.latestOf(me).stream()
                      .map(a -> a.getAssessedOn())
                      .max(LocalDate::compareTo)
                      .orElse(null);
            });
  }

  public void save() {
    List<Rating> ratings = new ArrayList<>();
    chosen.forEach(
        (code, confidence) -> {
          if (confidence != null) {
            ratings.add(new Rating(code, confidence, null));
          }
        });
    try {
      assessments.rate(caller.staff().orElseThrow(), ratings);
      practice.rated();
      messages.info(messages.text("selfAssessment.saved"));
      load();
    } catch (InvalidInputException e) {
      messages.refused(e);
    }
  }

  public List<SelectItem> getScale() {
    List<SelectItem> items = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      items.add(new SelectItem(i, messages.text("assessment.confidence." + i)));
    }
    return items;
  }

  public List<CompetenceStanding> getRows() {
    return rows;
  }

  public Map<String, Integer> getChosen() {
    return chosen;
  }

  public LocalDate getLastRated() {
    return lastRated;
  }
}
