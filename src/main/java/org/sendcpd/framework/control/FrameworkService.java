package org.sendcpd.framework.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
import org.sendcpd.framework.entity.SkillsFramework;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.platform.control.AuditLog;

/**
 * The use cases of frameworks for screens and the API: import (JSON or CSV), edit, activate and
 * retire, as {@link FrameworkRights} allows, and audited. Reading is open to anyone signed in (see
 * {@link FrameworkCatalogue}); a school's own framework only to those who see that school.
 */
@RequestScoped
@Transactional
public class FrameworkService {

  static final String ENTITY = FrameworkRights.ENTITY;

  @PersistenceContext EntityManager em;
  @Inject FrameworkImporter importer;
  @Inject FrameworkEditor editor;
  @Inject FrameworkRights rights;
  @Inject CurrentUser caller;
  @Inject AuditLog audit;

  /** Whether the caller adds frameworks at all (the frameworks page is theirs). */
  public boolean mayAdd() {
    return rights.mayAdd();
  }

  /** Whether a framework this caller imports is their school's own (a SENCO's are). */
  public boolean importsForOneSchool() {
    return rights.schoolOfNew().isPresent();
  }

  public boolean mayChange(SkillsFramework framework) {
    return rights.mayChange(framework);
  }

  /** Refuses a caller who may not change this framework, or add any when the id is null. */
  public void requireEditor(Long frameworkId) {
    rights.requireAdd();
    if (frameworkId != null) {
      SkillsFramework framework = em.find(SkillsFramework.class, frameworkId);
      if (framework != null) {
        rights.requireChange(framework);
      }
    }
  }

  /** Refuses a framework of a school the caller does not see. */
  public SkillsFramework requireReadable(SkillsFramework framework) {
    rights.requireSee(framework);
    return framework;
  }

  /** The frameworks this caller may read: the shared ones and those of schools they see. */
  public List<SkillsFramework> visible(List<SkillsFramework> all) {
    return all.stream().filter(rights::maySee).toList();
  }

  public SkillsFramework importJson(Reader json) {
    rights.requireAdd();
    return imported(importer.save(new FrameworkJsonReader().read(json)), "JSON");
  }

  /** Imports the CSV files; requirements may be null. */
  public SkillsFramework importCsv(
      FrameworkCsvReader.Header header, Reader competences, Reader requirements) {
    rights.requireAdd();
    FrameworkDocument document = new FrameworkCsvReader().read(header, competences, requirements);
    return imported(importer.save(document), "CSV");
  }

  /** A SENCO's import is their school's framework; the trust lead's is shared by every school. */
  private SkillsFramework imported(SkillsFramework framework, String format) {
    rights.schoolOfNew().ifPresent(school -> framework.setSchool(em.find(School.class, school)));
    audit.record(
        caller.username(),
        "FRAMEWORK_IMPORTED",
        ENTITY,
        framework.getId(),
        framework.getName()
            + " "
            + framework.getVersion()
            + " from "
            + format
            + (framework.isShared()
                ? ", shared"
                : ", for school " + framework.getSchool().getId()));
    return framework;
  }

  public Optional<FrameworkDraft> draft(long id) {
    requireEditor(id);
    return editor.draft(id);
  }

  public List<String> usesOf(long competenceId) {
    requireEditor(null);
    return editor.usesOf(competenceId);
  }

  public SkillsFramework save(FrameworkDraft draft) {
    requireEditor(draft.getId());
    SkillsFramework framework = editor.save(draft);
    audit.record(
        caller.username(),
        "FRAMEWORK_CHANGED",
        ENTITY,
        framework.getId(),
        framework.getName() + " " + framework.getVersion() + " edited");
    return framework;
  }

  /** Activates a framework (its requirements count) or retires it (they no longer do). */
  public SkillsFramework setActive(long id, boolean active) {
    requireEditor(id);
    SkillsFramework framework = em.find(SkillsFramework.class, id);
    if (framework == null) {
      throw new jakarta.persistence.EntityNotFoundException("framework " + id);
    }
    framework.setActive(active);
    audit.record(
        caller.username(),
        active ? "FRAMEWORK_ACTIVATED" : "FRAMEWORK_RETIRED",
        ENTITY,
        id,
        framework.getName() + " " + framework.getVersion());
    return framework;
  }
}
