package org.sendcpd.assessment.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.sendcpd.analysis.ConfidenceCheck;
import org.sendcpd.assessment.control.CompetenceStanding;
import org.sendcpd.assessment.control.Standings;
import org.sendcpd.organisation.control.VisibleSchools;

/**
 * Confidence and evidence: the SENCO's two lists, people confident where they have a gap (a quick
 * observation may close it) and people who hold the level but do not feel confident (coaching).
 */
@Named
@ViewScoped
public class ConfidenceView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Standings standings;
  @Inject VisibleSchools schools;

  private Long schoolId;
  private List<CompetenceStanding> confident = List.of();
  private List<CompetenceStanding> notConfident = List.of();

  @PostConstruct
  void init() {
    schoolId = schools.requireDefaultSchool();
  }

  public void load() {
    List<Standings.Mismatch> all = standings.mismatches(schoolId, LocalDate.now());
    confident = of(all, ConfidenceCheck.Mismatch.CONFIDENT_NOT_EVIDENCED);
    notConfident = of(all, ConfidenceCheck.Mismatch.EVIDENCED_NOT_CONFIDENT);
  }

  private static List<CompetenceStanding> of(
      List<Standings.Mismatch> all, ConfidenceCheck.Mismatch kind) {
    return all.stream().filter(m -> m.kind() == kind).map(Standings.Mismatch::standing).toList();
  }

  public List<CompetenceStanding> getConfident() {
    return confident;
  }

  public List<CompetenceStanding> getNotConfident() {
    return notConfident;
  }
}
