package org.sendcpd.framework.control;

import static org.sendcpd.organisation.entity.SecurityRole.ADMIN;
import static org.sendcpd.organisation.entity.SecurityRole.SENCO;
import static org.sendcpd.organisation.entity.SecurityRole.TRUST_LEAD;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
import org.sendcpd.framework.entity.SkillsFramework;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.platform.control.AuditLog;

/**
 * The use cases of frameworks for screens and the API: import (JSON or CSV), edit, activate and
 * retire, each for SENCOs, trust leads and administrators only, and audited. Reading is open to
 * anyone signed in (see {@link FrameworkCatalogue}).
 */
@RequestScoped
@Transactional
public class FrameworkService {

  static final String ENTITY = "SkillsFramework";

  @PersistenceContext EntityManager em;
  @Inject FrameworkImporter importer;
  @Inject FrameworkEditor editor;
  @Inject CurrentUser caller;
  @Inject AccessControl access;
  @Inject AuditLog audit;

  public boolean mayEdit() {
    return caller.hasAny(SENCO, TRUST_LEAD, ADMIN);
  }

  public void requireEditor(Long frameworkId) {
    if (!mayEdit()) {
      throw access.deny(ENTITY, frameworkId, "only a SENCO, trust lead or administrator edits");
    }
  }

  public SkillsFramework importJson(Reader json) {
    requireEditor(null);
    return imported(importer.save(new FrameworkJsonReader().read(json)), "JSON");
  }

  /** Imports the CSV files; requirements may be null. */
  public SkillsFramework importCsv(
      FrameworkCsvReader.Header header, Reader competences, Reader requirements) {
    requireEditor(null);
    FrameworkDocument document = new FrameworkCsvReader().read(header, competences, requirements);
    return imported(importer.save(document), "CSV");
  }

  private SkillsFramework imported(SkillsFramework framework, String format) {
    audit.record(
        caller.username(),
        "FRAMEWORK_IMPORTED",
        ENTITY,
        framework.getId(),
        framework.getName() + " " + framework.getVersion() + " from " + format);
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
