package org.sendcpd.framework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendcpd.framework.control.FrameworkDraft.AreaDraft;
import org.sendcpd.framework.control.FrameworkDraft.CompetenceDraft;
import org.sendcpd.framework.entity.Area;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.FrameworkLevel;
import org.sendcpd.framework.entity.RoleRequirement;
import org.sendcpd.framework.entity.SkillsFramework;
import org.sendcpd.organisation.control.EditGuard;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.RetryLockConflicts;

/**
 * Edits a saved framework from a {@link FrameworkDraft}: fields, ladder, areas, competences and the
 * role-requirement matrix in one transaction. The draft is checked whole first ({@link
 * FrameworkDraftCheck}); with any problem nothing changes. Callers check who may edit.
 */
@ApplicationScoped
@Transactional
@RetryLockConflicts
public class FrameworkEditor {

  @PersistenceContext EntityManager em;
  @Inject EditGuard guard;

  public Optional<FrameworkDraft> draft(long id) {
    SkillsFramework framework = em.find(SkillsFramework.class, id);
    if (framework == null) {
      return Optional.empty();
    }
    FrameworkDraft draft = new FrameworkDraft();
    draft.setId(framework.getId());
    draft.setName(framework.getName());
    draft.setVersion(framework.getVersion());
    draft.setSource(framework.getSource());
    draft.setDescription(framework.getDescription());
    draft.setActive(framework.isActive());
    draft.setRowVersion(framework.getRowVersion());
    for (FrameworkLevel level : framework.getLevels()) {
      draft
          .getLevels()
          .add(new FrameworkDraft.Level(level.getId(), level.getRank(), level.getName()));
    }
    Map<Long, AreaDraft> areas = new HashMap<>();
    for (Area area : areas(id)) {
      AreaDraft a =
          new AreaDraft(area.getId(), area.getCode(), area.getName(), area.getAreaOfNeed());
      draft.getAreas().add(a);
      areas.put(area.getId(), a);
    }
    for (Competence c : competences(id)) {
      areas
          .get(c.getArea().getId())
          .getCompetences()
          .add(new CompetenceDraft(c.getId(), c.getCode(), c.getStatement()));
    }
    for (RoleRequirement r : requirements(id)) {
      draft
          .getCells()
          .put(
              FrameworkDraft.key(r.getJobRole(), r.getCompetence().getCode()),
              String.valueOf(r.getLevelRank()));
    }
    return Optional.of(draft);
  }

  /** What outside the framework names a saved competence; empty when it may be removed. */
  public List<String> usesOf(long competenceId) {
    return CompetenceUses.of(em, competenceId);
  }

  public SkillsFramework save(FrameworkDraft draft) {
    SkillsFramework framework = em.find(SkillsFramework.class, draft.getId());
    if (framework == null) {
      throw new InvalidInputException("The framework " + draft.getId() + " does not exist");
    }
    guard.require(
        FrameworkService.ENTITY,
        framework.getId(),
        draft.getRowVersion(),
        framework.getRowVersion());
    boolean clash =
        em.createNamedQuery(SkillsFramework.FIND_BY_NAME_AND_VERSION, SkillsFramework.class)
            .setParameter("name", trim(draft.getName()))
            .setParameter("version", trim(draft.getVersion()))
            .getResultStream()
            .anyMatch(f -> !f.getId().equals(framework.getId()));
    if (clash) {
      throw new ConflictException(
          "Another framework is called " + draft.getName() + " version " + draft.getVersion());
    }
    List<String> problems = new FrameworkDraftCheck(em, draft).problems();
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Nothing was saved", problems);
    }
    framework.setName(trim(draft.getName()));
    framework.setVersion(trim(draft.getVersion()));
    framework.setSource(blankToNull(draft.getSource()));
    framework.setDescription(blankToNull(draft.getDescription()));
    applyLevels(framework, draft);
    Map<String, Competence> byCode = applyAreas(framework, draft);
    applyMatrix(framework, draft, byCode);
    em.flush();
    removeCompetences(draft);
    // Most edits change only the framework's areas, competences and matrix: raise its version too.
    em.lock(framework, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
    return framework;
  }

  private void applyLevels(SkillsFramework framework, FrameworkDraft draft) {
    List<FrameworkLevel> saved = framework.getLevels();
    for (FrameworkDraft.Level level : draft.getLevels()) {
      if (level.getRank() <= saved.size()) {
        saved.get(level.getRank() - 1).setName(trim(level.getName()));
      } else {
        framework.addLevel(trim(level.getName()));
      }
    }
  }

  private Map<String, Competence> applyAreas(SkillsFramework framework, FrameworkDraft draft) {
    Map<String, Competence> byCode = new HashMap<>();
    int areaOrder = 0;
    for (AreaDraft a : draft.getAreas()) {
      Area area =
          a.getId() == null
              ? new Area(framework, trim(a.getCode()), trim(a.getName()), 0)
              : em.find(Area.class, a.getId());
      area.setName(trim(a.getName()));
      area.setAreaOfNeed(a.getAreaOfNeed());
      area.setSortOrder(++areaOrder);
      if (a.getId() == null) {
        em.persist(area);
      }
      int order = 0;
      for (CompetenceDraft c : a.getVisibleCompetences()) {
        Competence competence =
            c.getId() == null
                ? new Competence(area, trim(c.getCode()), trim(c.getStatement()), 0)
                : em.find(Competence.class, c.getId());
        competence.setStatement(trim(c.getStatement()));
        competence.setSortOrder(++order);
        if (c.getId() == null) {
          em.persist(competence);
        }
        byCode.put(competence.getCode(), competence);
      }
    }
    return byCode;
  }

  private void applyMatrix(
      SkillsFramework framework, FrameworkDraft draft, Map<String, Competence> byCode) {
    Map<String, RoleRequirement> saved = new HashMap<>();
    for (RoleRequirement r : requirements(framework.getId())) {
      saved.put(FrameworkDraft.key(r.getJobRole(), r.getCompetence().getCode()), r);
    }
    for (JobRole role : JobRole.values()) {
      for (Map.Entry<String, Competence> entry : byCode.entrySet()) {
        String key = FrameworkDraft.key(role, entry.getKey());
        String cell = draft.getCells().get(key);
        RoleRequirement requirement = saved.remove(key);
        if (cell == null || cell.isBlank()) {
          if (requirement != null) {
            em.remove(requirement);
          }
        } else if (requirement != null) {
          requirement.setLevelRank(Integer.parseInt(cell));
        } else {
          em.persist(
              new RoleRequirement(framework, role, entry.getValue(), Integer.parseInt(cell)));
        }
      }
    }
    saved.values().forEach(em::remove);
  }

  private void removeCompetences(FrameworkDraft draft) {
    draft.getAreas().stream()
        .flatMap(a -> a.getCompetences().stream())
        .filter(c -> c.isRemoved() && c.getId() != null)
        .forEach(c -> em.remove(em.find(Competence.class, c.getId())));
  }

  private List<Area> areas(long id) {
    return em.createNamedQuery(Area.FIND_BY_FRAMEWORK, Area.class)
        .setParameter("frameworkId", id)
        .getResultList();
  }

  private List<Competence> competences(long id) {
    return em.createNamedQuery(Competence.FIND_BY_FRAMEWORK, Competence.class)
        .setParameter("frameworkId", id)
        .getResultList();
  }

  private List<RoleRequirement> requirements(long id) {
    return em.createNamedQuery(RoleRequirement.FIND_BY_FRAMEWORK, RoleRequirement.class)
        .setParameter("frameworkId", id)
        .getResultList();
  }

  static String trim(String text) {
    return text == null ? null : text.trim();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
