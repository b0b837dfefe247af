package org.sendcpd.gaps.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.sendcpd.gaps.control.ExpertiseSearch;
import org.sendcpd.gaps.control.TrustOverview;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.platform.control.InvalidInputException;

/**
 * The trust view: the schools side by side for a reference date, and the expertise finder (who
 * holds a competence at a level anywhere in the trust, so one school can ask another). For trust
 * leads and administrators; the view action refuses others before rendering.
 */
@Named
@ViewScoped
public class TrustView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TrustOverview overviews;
  @Inject ExpertiseSearch expertise;

  private LocalDate date;
  private TrustOverview.Overview overview;
  private List<ExpertiseSearch.Competence> competences;
  private String competenceCode;
  private String level;
  private List<ExpertiseSearch.Holder> experts;
  private String problem;

  /** The page's view action: the overview on the date asked for (today when none). */
  public void load() {
    if (date == null) {
      date = LocalDate.now();
    }
    overview = overviews.on(referenceDate());
    competences = expertise.competences();
  }

  /** Shows another date at an address that can be bookmarked. */
  public String show() {
    return "/gaps/trust?faces-redirect=true&includeViewParams=true";
  }

  /** A new competence starts at the top of its ladder (specialist in the SEND framework). */
  public void competenceChanged() {
    List<String> levels = getLevels();
    level = levels.isEmpty() ? null : levels.get(levels.size() - 1);
    experts = null;
  }

  public void find() {
    problem = null;
    if (competenceCode == null) {
      experts = null;
      problem = "Choose a competence to find who holds it.";
      return;
    }
    try {
      experts = expertise.find(competenceCode, level, referenceDate());
    } catch (InvalidInputException e) {
      experts = null;
      problem = e.getMessage();
    }
  }

  private LocalDate referenceDate() {
    return date == null ? LocalDate.now() : date;
  }

  public String roleLabel(String jobRole) {
    return JobRole.labelOf(jobRole);
  }

  /** The level names of the chosen competence, lowest first. */
  public List<String> getLevels() {
    return competences == null || competenceCode == null
        ? List.of()
        : competences.stream()
            .filter(c -> c.code().equals(competenceCode))
            .findFirst()
            .map(ExpertiseSearch.Competence::levelNames)
            .orElse(List.of());
  }

  public TrustOverview.Overview getOverview() {
    return overview;
  }

  public List<ExpertiseSearch.Competence> getCompetences() {
    return competences;
  }

  public List<ExpertiseSearch.Holder> getExperts() {
    return experts;
  }

  public String getProblem() {
    return problem;
  }

  /** The reference date as the other screens' date parameter (yyyy-MM-dd). */
  public String getIsoDate() {
    return referenceDate().toString();
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getCompetenceCode() {
    return competenceCode;
  }

  public void setCompetenceCode(String competenceCode) {
    this.competenceCode = competenceCode;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }
}
