package org.sendcpd.gaps.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;
import org.sendcpd.gaps.control.ExpertiseSearch;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.outreach.control.RequestDraft;
import org.sendcpd.outreach.control.SupportRequests;
import org.sendcpd.platform.control.AccessDeniedException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.ui.ScreenMessages;

/**
 * The SENCO's and head's expertise finder across the trust: their own school's holders and the
 * other schools' holders who offered outreach (name, role, school, level), and, from a find in
 * another school, a request for support to that colleague and their head.
 */
@Named
@ViewScoped
public class ExpertiseFinderView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ExpertiseSearch expertise;
  @Inject SupportRequests requests;
  @Inject ScreenMessages messages;

  private List<ExpertiseSearch.Competence> competences;
  private String competenceCode;
  private String level;
  private List<ExpertiseSearch.Found> found;
  private String problem;
  private ExpertiseSearch.Colleague asking;
  private String message;
  private LocalDate firstDate;
  private LocalDate secondDate;

  public void load() {
    competences = expertise.competences();
  }

  /** A new competence starts at the top of its ladder (specialist in the SEND framework). */
  public void competenceChanged() {
    List<String> levels = getLevels();
    level = levels.isEmpty() ? null : levels.get(levels.size() - 1);
    found = null;
  }

  public void find() {
    problem = null;
    if (competenceCode == null) {
      found = null;
      problem = messages.text("finder.chooseFirst");
      return;
    }
    try {
      found = expertise.search(competenceCode, level, LocalDate.now());
    } catch (InvalidInputException e) {
      found = null;
      problem = e.getMessage();
    }
  }

  /** Opens the request dialog for a colleague of another school. */
  public void ask(long staffId) {
    asking =
        found.stream()
            .filter(f -> f instanceof ExpertiseSearch.Colleague && f.staffId() == staffId)
            .map(ExpertiseSearch.Colleague.class::cast)
            .findFirst()
            .orElse(null);
    message = null;
    firstDate = null;
    secondDate = null;
  }

  public void send() {
    boolean sent = false;
    if (asking == null) {
      messages.error(messages.text("finder.chooseFirst"));
      return;
    }
    try {
      List<LocalDate> dates = new ArrayList<>();
      dates.add(firstDate);
      if (secondDate != null) {
        dates.add(secondDate);
      }
      requests.create(new RequestDraft(asking.staffId(), competenceCode, rank(), message, dates));
      messages.info(messages.text("finder.sent"));
      sent = true;
    } catch (InvalidInputException e) {
      messages.refused(e);
    } catch (AccessDeniedException e) {
      messages.error(e.getMessage());
    }
    PrimeFaces.current().ajax().addCallbackParam("sent", sent);
  }

  /** The rank of the level searched for: what the request asks. */
  private Integer rank() {
    int at = getLevels().indexOf(level);
    return at < 0 ? null : at + 1;
  }

  public boolean isColleague(ExpertiseSearch.Found f) {
    return f instanceof ExpertiseSearch.Colleague;
  }

  public String roleLabel(String jobRole) {
    return JobRole.labelOf(jobRole);
  }

  public List<String> getLevels() {
    return competences == null || competenceCode == null
        ? List.of()
        : competences.stream()
            .filter(c -> c.code().equals(competenceCode))
            .findFirst()
            .map(ExpertiseSearch.Competence::levelNames)
            .orElse(List.of());
  }

  public List<ExpertiseSearch.Competence> getCompetences() {
    return competences;
  }

  public List<ExpertiseSearch.Found> getFound() {
    return found;
  }

  public String getProblem() {
    return problem;
  }

  public ExpertiseSearch.Colleague getAsking() {
    return asking;
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

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public LocalDate getFirstDate() {
    return firstDate;
  }

  public void setFirstDate(LocalDate firstDate) {
    this.firstDate = firstDate;
  }

  public LocalDate getSecondDate() {
    return secondDate;
  }

  public void setSecondDate(LocalDate secondDate) {
    this.secondDate = secondDate;
  }
}
