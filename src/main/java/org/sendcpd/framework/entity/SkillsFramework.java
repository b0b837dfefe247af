package org.sendcpd.framework.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sendcpd.organisation.entity.School;

/**
 * A skills framework: a named, versioned statement of what school staff should know and be able to
 * do, such as the default SEND framework, Teachers' Standard 5 or an autism framework. Several may
 * be active at once; a person's required level of a competence comes from every active framework.
 *
 * <p>A framework is identified by name and version. A changed framework is imported as a new
 * version beside the old one, and the old one is made inactive, so records made against it keep
 * their meaning. Each framework carries its own ladder of {@link FrameworkLevel}s.
 *
 * <p>Frameworks and their levels, areas, competences and requirements live in EclipseLink's shared
 * cache ({@code @Cacheable}): nearly every answer names competences, and they change rarely; a
 * trust's instances keep their caches in step over the data grid (payara-config/start.sh).
 */
@Entity
@Cacheable
@Table(name = "skills_framework")
@NamedQuery(
    name = SkillsFramework.FIND_ALL,
    query = "SELECT f FROM SkillsFramework f ORDER BY f.name, f.version")
@NamedQuery(
    name = SkillsFramework.FIND_ACTIVE,
    query = "SELECT f FROM SkillsFramework f WHERE f.active = TRUE ORDER BY f.name, f.version")
@NamedQuery(
    name = SkillsFramework.FIND_BY_NAME_AND_VERSION,
    query = "SELECT f FROM SkillsFramework f WHERE f.name = :name AND f.version = :version")
public class SkillsFramework {

  public static final String FIND_ALL = "SkillsFramework.findAll";
  public static final String FIND_ACTIVE = "SkillsFramework.findActive";
  public static final String FIND_BY_NAME_AND_VERSION = "SkillsFramework.findByNameAndVersion";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Raised by every save; saving a copy read before the last save is refused. */
  @Version
  @Column(name = "row_version")
  private int rowVersion;

  @NotBlank
  @Size(max = 200)
  private String name;

  @NotBlank
  @Size(max = 40)
  private String version;

  /**
   * Where the framework comes from, e.g. "our own wording, structured after the Code of Practice".
   */
  @Size(max = 300)
  private String source;

  @Size(max = 2000)
  private String description;

  /** Only active frameworks set requirements; inactive ones stay for history. */
  private boolean active = true;

  /** The one school whose framework this is; null when every school shares it. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "school_id")
  private School school;

  /** The ordered ladder, lowest first. A framework with no ladder has one level: held or not. */
  @Valid
  @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("rank")
  private List<FrameworkLevel> levels = new ArrayList<>();

  protected SkillsFramework() {}

  public SkillsFramework(String name, String version, String source) {
    this.name = name;
    this.version = version;
    this.source = source;
  }

  /** Adds the next rung of the ladder: rank 1 first, then 2, and so on. */
  public FrameworkLevel addLevel(String levelName) {
    FrameworkLevel level = new FrameworkLevel(this, levels.size() + 1, levelName);
    levels.add(level);
    return level;
  }

  public Long getId() {
    return id;
  }

  public School getSchool() {
    return school;
  }

  /** Makes this one school's framework (null: every school's). */
  public void setSchool(School school) {
    this.school = school;
  }

  public boolean isShared() {
    return school == null;
  }

  /** The row version: the API's ETag, and what a screen sends back to save its copy. */
  public int getRowVersion() {
    return rowVersion;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
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

  public List<FrameworkLevel> getLevels() {
    return Collections.unmodifiableList(levels);
  }
}
