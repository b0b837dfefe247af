package org.sendcpd.framework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendcpd.framework.control.FrameworkDocument.AreaDoc;
import org.sendcpd.framework.control.FrameworkDocument.CompetenceDoc;
import org.sendcpd.framework.control.FrameworkDocument.LevelDoc;
import org.sendcpd.framework.control.FrameworkDocument.RequirementDoc;
import org.sendcpd.framework.entity.Area;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.RoleRequirement;
import org.sendcpd.framework.entity.SkillsFramework;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;

/**
 * Turns a framework document into a new framework. The same name and version twice is a conflict; a
 * competence code already used by another framework is refused, since codes are unique across the
 * installation.
 */
@ApplicationScoped
@Transactional
public class FrameworkImporter {

  @PersistenceContext EntityManager em;

  public SkillsFramework save(FrameworkDocument document) {
    boolean exists =
        !em.createNamedQuery(SkillsFramework.FIND_BY_NAME_AND_VERSION, SkillsFramework.class)
            .setParameter("name", document.name())
            .setParameter("version", document.version())
            .getResultList()
            .isEmpty();
    if (exists) {
      throw new ConflictException(
          document.name() + " version " + document.version() + " is imported already");
    }
    List<String> codes =
        document.areas().stream()
            .flatMap(a -> a.competences().stream())
            .map(CompetenceDoc::code)
            .toList();
    List<String> taken =
        em
            .createNamedQuery(Competence.FIND_BY_CODES, Competence.class)
            .setParameter("codes", codes)
            .getResultList()
            .stream()
            .map(Competence::getCode)
            .toList();
    if (!taken.isEmpty()) {
      throw new InvalidInputException(
          "Competence codes are used by another framework already", taken);
    }
    SkillsFramework framework =
        new SkillsFramework(document.name(), document.version(), document.source());
    for (LevelDoc level : document.levels()) {
      framework.addLevel(level.name());
    }
    em.persist(framework);
    Map<String, Competence> byCode = new HashMap<>();
    int areaOrder = 0;
    for (AreaDoc areaDoc : document.areas()) {
      Area area = new Area(framework, areaDoc.code(), areaDoc.name(), ++areaOrder);
      area.setAreaOfNeed(areaDoc.areaOfNeed());
      em.persist(area);
      int order = 0;
      for (CompetenceDoc doc : areaDoc.competences()) {
        Competence competence = new Competence(area, doc.code(), doc.statement(), ++order);
        em.persist(competence);
        byCode.put(doc.code(), competence);
      }
    }
    for (RequirementDoc r : document.requirements()) {
      em.persist(
          new RoleRequirement(framework, r.jobRole(), byCode.get(r.competenceCode()), r.level()));
    }
    em.flush();
    return framework;
  }
}
