package org.sendcpd.framework.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sendcpd.framework.control.FrameworkDraft;
import org.sendcpd.framework.control.FrameworkDraft.AreaDraft;
import org.sendcpd.framework.control.FrameworkDraft.CompetenceDraft;
import org.sendcpd.framework.control.FrameworkService;
import org.sendcpd.framework.entity.AreaOfNeed;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.StaleEditException;
import org.sendcpd.ui.ScreenMessages;

/**
 * One framework on the edit page: fields, ladder, areas, competences and the role-requirement
 * matrix, changed in a draft and saved at once by the framework service.
 */
@Named
@ViewScoped
public class FrameworkEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A matrix row. */
  public record RoleRow(String name, String label) implements Serializable {}

  /** An area of need to choose for an area. */
  public record NeedOption(AreaOfNeed value, String label) implements Serializable {}

  @Inject FrameworkService service;
  @Inject FacesContext faces;
  @Inject ScreenMessages messages;

  private Long id;
  private FrameworkDraft draft;
  private List<String> errors = List.of();
  private String newLevel;
  private String newAreaCode;
  private String newAreaName;
  private String newCompetenceArea;
  private String newCompetenceCode;
  private String newCompetenceStatement;

  /** The page's view action: refuses anyone who may not edit, then reads the framework. */
  public void load() {
    if (id == null) {
      service.requireEditor(null);
      return;
    }
    if (draft == null || !draft.getId().equals(id)) {
      draft = service.draft(id).orElse(null);
      if (draft == null) {
        try {
          faces.getExternalContext().responseSendError(404, "No such framework");
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
      }
    }
  }

  public void addLevel() {
    if (blank(newLevel)) {
      error(text("frameworkEdit.levelNameNeeded"));
      return;
    }
    draft.addLevelOnTop(newLevel.trim());
    newLevel = null;
  }

  public void addArea() {
    if (blank(newAreaCode) || blank(newAreaName)) {
      error(text("frameworkEdit.areaNeeded"));
      return;
    }
    draft.addArea(newAreaCode.trim(), newAreaName.trim());
    newAreaCode = null;
    newAreaName = null;
  }

  public void addCompetence() {
    AreaDraft area =
        draft.getAreas().stream()
            .filter(a -> a.getCode().equals(newCompetenceArea))
            .findFirst()
            .orElse(null);
    if (area == null || blank(newCompetenceCode) || blank(newCompetenceStatement)) {
      error(text("frameworkEdit.competenceNeeded"));
      return;
    }
    area.addCompetence(newCompetenceCode.trim(), newCompetenceStatement.trim());
    newCompetenceCode = null;
    newCompetenceStatement = null;
  }

  /** Marks a competence for removal when nothing uses it; otherwise says what does. */
  public void remove(CompetenceDraft competence) {
    List<String> uses = new ArrayList<>();
    if (competence.isSaved()) {
      uses.addAll(service.usesOf(competence.getId()));
    }
    long cells = draft.requirementsOf(competence.getCode());
    if (cells > 0) {
      uses.add(cells + " " + text("frameworkEdit.requirementCells"));
    }
    if (!uses.isEmpty()) {
      error(
          competence.getCode()
              + " "
              + text("frameworkEdit.cannotRemove")
              + " "
              + String.join(", ", uses));
      return;
    }
    if (competence.isSaved()) {
      competence.setRemoved(true);
    } else {
      draft.getAreas().forEach(a -> a.getCompetences().remove(competence));
    }
    info(text("frameworkEdit.removed"), competence.getCode());
  }

  public void save() {
    errors = List.of();
    try {
      service.save(draft);
      draft = service.draft(id).orElseThrow();
      info(text("frameworkEdit.saved"), draft.getName() + " " + draft.getVersion());
    } catch (StaleEditException e) {
      // The draft stays as the person left it; saving again saves it over the framework as it is.
      errors = List.of(messages.staleText(e, List.of()));
      draft.setRowVersion(e.currentVersion());
    } catch (InvalidInputException e) {
      errors = new ArrayList<>(FrameworkMessages.of(e));
    } catch (ConflictException e) {
      errors = List.of(e.getMessage());
    }
  }

  public List<RoleRow> getRoles() {
    return Arrays.stream(JobRole.values()).map(r -> new RoleRow(r.name(), r.label())).toList();
  }

  public List<NeedOption> getNeeds() {
    return Arrays.stream(AreaOfNeed.values()).map(n -> new NeedOption(n, n.label())).toList();
  }

  /** The choices of a matrix cell: none, or a level of the ladder by rank. */
  public List<SelectItem> getLevelChoices() {
    List<SelectItem> items = new ArrayList<>();
    items.add(new SelectItem("", "-"));
    draft
        .getLevels()
        .forEach(l -> items.add(new SelectItem(String.valueOf(l.getRank()), l.getName())));
    return items;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private void info(String summary, String detail) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
  }

  private void error(String summary) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, summary, null));
  }

  private String text(String key) {
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public FrameworkDraft getDraft() {
    return draft;
  }

  public List<String> getErrors() {
    return errors;
  }

  public String getNewLevel() {
    return newLevel;
  }

  public void setNewLevel(String newLevel) {
    this.newLevel = newLevel;
  }

  public String getNewAreaCode() {
    return newAreaCode;
  }

  public void setNewAreaCode(String newAreaCode) {
    this.newAreaCode = newAreaCode;
  }

  public String getNewAreaName() {
    return newAreaName;
  }

  public void setNewAreaName(String newAreaName) {
    this.newAreaName = newAreaName;
  }

  public String getNewCompetenceArea() {
    return newCompetenceArea;
  }

  public void setNewCompetenceArea(String newCompetenceArea) {
    this.newCompetenceArea = newCompetenceArea;
  }

  public String getNewCompetenceCode() {
    return newCompetenceCode;
  }

  public void setNewCompetenceCode(String newCompetenceCode) {
    this.newCompetenceCode = newCompetenceCode;
  }

  public String getNewCompetenceStatement() {
    return newCompetenceStatement;
  }

  public void setNewCompetenceStatement(String newCompetenceStatement) {
    this.newCompetenceStatement = newCompetenceStatement;
  }
}
