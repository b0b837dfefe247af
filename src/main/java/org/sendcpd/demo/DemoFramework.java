package org.sendcpd.demo;

import jakarta.persistence.EntityManager;
import java.util.function.Function;
import org.sendcpd.framework.control.FrameworkDocument;
import org.sendcpd.framework.control.ShippedFrameworks;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.SkillsFramework;

/**
 * The shipped frameworks (SEND, Teachers' Standard 5, TA standards) whose competences the demo
 * courses, records and objectives name. On a first start they are imported already, before the
 * demo, and found here by name and version; where one is missing (a bare database in a test) it is
 * saved by whatever the caller passes (the framework importer in the application).
 */
final class DemoFramework {

  private final EntityManager em;
  private final DemoSetting setting;

  DemoFramework(EntityManager em, DemoSetting setting) {
    this.em = em;
    this.setting = setting;
  }

  void load(Function<FrameworkDocument, SkillsFramework> importer) {
    for (FrameworkDocument document : ShippedFrameworks.documents()) {
      SkillsFramework framework =
          em.createNamedQuery(SkillsFramework.FIND_BY_NAME_AND_VERSION, SkillsFramework.class)
              .setParameter("name", document.name())
              .setParameter("version", document.version())
              .getResultStream()
              .findFirst()
              .orElseGet(() -> importer.apply(document));
      em.createNamedQuery(Competence.FIND_BY_FRAMEWORK, Competence.class)
          .setParameter("frameworkId", framework.getId())
          .getResultList()
          .forEach(c -> setting.competences.put(c.getCode(), c));
    }
  }
}
