package org.sendcpd.gaps.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sendcpd.analysis.CompetenceRef;
import org.sendcpd.analysis.ConfidenceCheck;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.analysis.Person;
import org.sendcpd.assessment.control.SelfAssessments;
import org.sendcpd.organisation.control.VisibleSchools;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.training.control.BookingResult;
import org.sendcpd.training.control.BookingService;
import org.sendcpd.workforce.control.SchoolAnalysis;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/** Training gaps: the SENCO's heatmap of staff x competences for a reference date. */
@Named
@ViewScoped
public class TrainingGapsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject WorkforceAnalyses gaps;
  @Inject VisibleSchools schools;
  @Inject BookingService bookings;
  @Inject FacesContext faces;
  @Inject SelfAssessments selfAssessments;

  private Long schoolId;
  private LocalDate date = LocalDate.now();
  private String jobRole = "";
  private String team = "";
  private String area = "";
  private Long frameworkId;
  private GapMatrix matrix = new GapMatrix(List.of(), List.of());
  private List<SelectItem> teams = List.of();
  private List<SelectItem> areas = List.of();
  private List<SelectItem> frameworks = List.of();
  private GapDetail detail;
  private long openCompetenceId;

  @PostConstruct
  void init() {
    schoolId = schools.requireDefaultSchool();
  }

  /** The page's view action and every filter's listener. */
  public void load() {
    if (schoolId == null) {
      return;
    }
    SchoolAnalysis analysis = gaps.school(schoolId, date == null ? LocalDate.now() : date);
    teams =
        analysis.workforce().people().stream()
            .map(Person::team)
            .filter(Objects::nonNull)
            .distinct()
            .sorted()
            .map(t -> new SelectItem(t, t))
            .toList();
    List<CompetenceRef> competences = analysis.workforce().competences();
    // SelectItem has no equals of its own: the labels are made distinct, then the items
    areas =
        competences.stream()
            .collect(
                Collectors.toMap(
                    CompetenceRef::areaCode,
                    c -> c.areaName() + " (" + c.frameworkName() + ")",
                    (first, same) -> first,
                    LinkedHashMap::new))
            .entrySet()
            .stream()
            .map(e -> new SelectItem(e.getKey(), e.getValue()))
            .toList();
    frameworks =
        competences.stream()
            .map(CompetenceRef::frameworkId)
            .distinct()
            .map(
                id ->
                    new SelectItem(
                        id,
                        competences.stream()
                            .filter(c -> c.frameworkId() == id)
                            .findFirst()
                            .orElseThrow()
                            .frameworkName()))
            .toList();
    matrix =
        GapMatrix.of(
            analysis,
            new GapMatrix.Filter(jobRole, team, area, frameworkId),
            new ConfidenceCheck(selfAssessments.ratingsInSchool(schoolId), analysis.date()));
    detail = null;
  }

  /** Opens one cell: the person's standing and what closes the gap. */
  /**
   * Opens the cell the matrix's script names (request parameters staffId and competenceId): one
   * command for the whole matrix instead of an Ajax link per cell. Only a cell of the matrix on
   * screen opens; anything else is ignored.
   */
  public void openRequested() {
    Map<String, String> asked = faces.getExternalContext().getRequestParameterMap();
    Long staffId = number(asked.get("staffId"));
    Long competenceId = number(asked.get("competenceId"));
    boolean shown =
        staffId != null
            && competenceId != null
            && matrix.rows().stream().anyMatch(r -> r.staffId() == staffId)
            && matrix.columns().stream().anyMatch(c -> c.competenceId() == competenceId);
    if (shown) {
      open(staffId, competenceId);
    }
  }

  private static Long number(String text) {
    try {
      return text == null ? null : Long.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public void open(long staffId, long competenceId) {
    SchoolAnalysis analysis = gaps.school(schoolId, date == null ? LocalDate.now() : date);
    GapCell cell =
        analysis.gapsOf(staffId).stream()
            .filter(c -> c.competenceId() == competenceId)
            .findFirst()
            .orElse(
                new GapCell(
                    staffId, competenceId, 0, 0, GapStatus.NOT_REQUIRED, 0, null, false, false));
    ConfidenceCheck confidence =
        new ConfidenceCheck(selfAssessments.ratingsInSchool(schoolId), analysis.date());
    detail = GapDetail.of(analysis, cell, confidence.confidenceOf(cell));
    openCompetenceId = competenceId;
  }

  /** Books the person of the open cell onto a session that closes the gap, then shows it booked. */
  public void book(long sessionId) {
    long staffId = detail.staffId();
    try {
      BookingResult result = bookings.bookPerson(sessionId, staffId, false);
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_INFO, detail.person() + " is booked.", null));
      result
          .warnings()
          .forEach(
              w -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, w, null)));
    } catch (ConflictException | InvalidInputException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    load();
    open(staffId, openCompetenceId);
  }

  public String roleLabel(String jobRole) {
    return JobRole.labelOf(jobRole);
  }

  public List<SelectItem> getJobRoles() {
    return Arrays.stream(JobRole.values()).map(r -> new SelectItem(r.name(), r.label())).toList();
  }

  public GapMatrix getMatrix() {
    return matrix;
  }

  public GapDetail getDetail() {
    return detail;
  }

  public List<SelectItem> getTeams() {
    return teams;
  }

  public List<SelectItem> getAreas() {
    return areas;
  }

  public List<SelectItem> getFrameworks() {
    return frameworks;
  }

  public List<SelectItem> getSchools() {
    return schools.options().stream().map(o -> new SelectItem(o.id(), o.name())).toList();
  }

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getJobRole() {
    return jobRole;
  }

  public void setJobRole(String jobRole) {
    this.jobRole = jobRole;
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = team;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public Long getFrameworkId() {
    return frameworkId;
  }

  public void setFrameworkId(Long frameworkId) {
    this.frameworkId = frameworkId;
  }
}
