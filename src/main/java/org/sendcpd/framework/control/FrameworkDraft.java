package org.sendcpd.framework.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendcpd.framework.entity.AreaOfNeed;
import org.sendcpd.organisation.entity.JobRole;

/**
 * A framework being edited on a screen: its fields, ladder, areas and competences, and the
 * role-requirement matrix as cells keyed {@code ROLE|CODE} holding a rank ("" for none). Nothing is
 * saved until the whole draft is handed to {@link FrameworkEditor#save}. Plain mutable beans, so a
 * view-scoped page can bind to them and the session can be replicated.
 */
public class FrameworkDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private String name;
  private String version;
  private String source;
  private String description;
  private boolean active;
  // The framework's row version when the draft was read: a save over a newer one is refused.
  private Integer rowVersion;
  private final List<Level> levels = new ArrayList<>();
  private final List<AreaDraft> areas = new ArrayList<>();
  private final HashMap<String, String> cells = new HashMap<>();

  public static String key(JobRole role, String code) {
    return role.name() + "|" + code;
  }

  /** Adds a rung above the current top of the ladder. */
  public Level addLevelOnTop(String levelName) {
    Level level = new Level(null, levels.size() + 1, levelName);
    levels.add(level);
    return level;
  }

  public AreaDraft addArea(String code, String areaName) {
    AreaDraft area = new AreaDraft(null, code, areaName, null);
    areas.add(area);
    return area;
  }

  /** Competences of all areas that are not marked for removal, in order: the matrix columns. */
  public List<CompetenceDraft> competences() {
    return areas.stream()
        .flatMap(a -> a.getCompetences().stream())
        .filter(c -> !c.isRemoved())
        .toList();
  }

  /** The number of matrix cells set for a competence, i.e. its requirements in the draft. */
  public long requirementsOf(String code) {
    return cells.entrySet().stream()
        .filter(e -> e.getKey().endsWith("|" + code))
        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
        .count();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getRowVersion() {
    return rowVersion;
  }

  public void setRowVersion(Integer rowVersion) {
    this.rowVersion = rowVersion;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public List<Level> getLevels() {
    return levels;
  }

  public List<AreaDraft> getAreas() {
    return areas;
  }

  public Map<String, String> getCells() {
    return cells;
  }

  /** A rung of the ladder; id is null until saved. */
  public static class Level implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long id;
    private final int rank;
    private String name;

    public Level(Long id, int rank, String name) {
      this.id = id;
      this.rank = rank;
      this.name = name;
    }

    public Long getId() {
      return id;
    }

    public int getRank() {
      return rank;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }
  }

  /** An area with its competences; id is null until saved. */
  public static class AreaDraft implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long id;
    private String code;
    private String name;
    private AreaOfNeed areaOfNeed;
    private final List<CompetenceDraft> competences = new ArrayList<>();

    public AreaDraft(Long id, String code, String name, AreaOfNeed areaOfNeed) {
      this.id = id;
      this.code = code;
      this.name = name;
      this.areaOfNeed = areaOfNeed;
    }

    public CompetenceDraft addCompetence(String competenceCode, String statement) {
      CompetenceDraft competence = new CompetenceDraft(null, competenceCode, statement);
      competences.add(competence);
      return competence;
    }

    public List<CompetenceDraft> getVisibleCompetences() {
      return competences.stream().filter(c -> !c.isRemoved()).toList();
    }

    public Long getId() {
      return id;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public AreaOfNeed getAreaOfNeed() {
      return areaOfNeed;
    }

    public void setAreaOfNeed(AreaOfNeed areaOfNeed) {
      this.areaOfNeed = areaOfNeed;
    }

    public List<CompetenceDraft> getCompetences() {
      return competences;
    }
  }

  /** A competence; id is null until saved, removed marks it for removal on save. */
  public static class CompetenceDraft implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Long id;
    private String code;
    private String statement;
    private boolean removed;

    public CompetenceDraft(Long id, String code, String statement) {
      this.id = id;
      this.code = code;
      this.statement = statement;
    }

    public Long getId() {
      return id;
    }

    public boolean isSaved() {
      return id != null;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getStatement() {
      return statement;
    }

    public void setStatement(String statement) {
      this.statement = statement;
    }

    public boolean isRemoved() {
      return removed;
    }

    public void setRemoved(boolean removed) {
      this.removed = removed;
    }
  }
}
