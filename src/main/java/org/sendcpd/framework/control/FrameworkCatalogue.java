package org.sendcpd.framework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendcpd.framework.control.FrameworkDocument.AreaDoc;
import org.sendcpd.framework.control.FrameworkDocument.CompetenceDoc;
import org.sendcpd.framework.control.FrameworkDocument.LevelDoc;
import org.sendcpd.framework.control.FrameworkDocument.RequirementDoc;
import org.sendcpd.framework.entity.Area;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.RoleRequirement;
import org.sendcpd.framework.entity.SkillsFramework;

/** Reads frameworks back, whole, in the exchange format: one query per table, not per row. */
@ApplicationScoped
public class FrameworkCatalogue {

  @PersistenceContext EntityManager em;

  public List<SkillsFramework> all() {
    return em.createNamedQuery(SkillsFramework.FIND_ALL, SkillsFramework.class).getResultList();
  }

  public Optional<SkillsFramework> find(long id) {
    return Optional.ofNullable(em.find(SkillsFramework.class, id));
  }

  /** Competences per framework id, in one query. */
  public Map<Long, Long> competenceCounts() {
    return counts(
        "SELECT c.area.framework.id, COUNT(c) FROM Competence c GROUP BY c.area.framework.id");
  }

  /** Role requirements per framework id, in one query. */
  public Map<Long, Long> requirementCounts() {
    return counts("SELECT r.framework.id, COUNT(r) FROM RoleRequirement r GROUP BY r.framework.id");
  }

  private Map<Long, Long> counts(String jpql) {
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row : em.createQuery(jpql, Object[].class).getResultList()) {
      counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
    return counts;
  }

  public FrameworkDocument document(SkillsFramework framework) {
    long id = framework.getId();
    List<Area> areas =
        em.createNamedQuery(Area.FIND_BY_FRAMEWORK, Area.class)
            .setParameter("frameworkId", id)
            .getResultList();
    List<Competence> competences =
        em.createNamedQuery(Competence.FIND_BY_FRAMEWORK, Competence.class)
            .setParameter("frameworkId", id)
            .getResultList();
    List<RoleRequirement> requirements =
        em.createNamedQuery(RoleRequirement.FIND_BY_FRAMEWORK, RoleRequirement.class)
            .setParameter("frameworkId", id)
            .getResultList();
    List<AreaDoc> areaDocs =
        areas.stream()
            .map(
                a ->
                    new AreaDoc(
                        a.getCode(),
                        a.getName(),
                        a.getAreaOfNeed(),
                        competences.stream()
                            .filter(c -> c.getArea().getId().equals(a.getId()))
                            .map(c -> new CompetenceDoc(c.getCode(), c.getStatement()))
                            .toList()))
            .toList();
    return new FrameworkDocument(
        framework.getName(),
        framework.getVersion(),
        framework.getSource(),
        framework.getLevels().stream().map(l -> new LevelDoc(l.getRank(), l.getName())).toList(),
        areaDocs,
        requirements.stream()
            .map(
                r ->
                    new RequirementDoc(
                        r.getJobRole(), r.getCompetence().getCode(), r.getLevelRank()))
            .toList());
  }
}
