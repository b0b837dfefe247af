package org.sendcpd.demo;

import jakarta.persistence.EntityManager;
import java.util.function.Function;
import org.sendcpd.framework.control.FrameworkDocument;
import org.sendcpd.framework.control.FrameworkJsonReader;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.SkillsFramework;

/**
 * The SEND framework from {@code send-framework.json}, read by the framework exchange reader and
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
    FrameworkDocument read = new FrameworkJsonReader().read(DemoJson.reader("send-framework.json"));
    SkillsFramework framework = importer.apply(read);
    framework.setActive(true);
    em.createNamedQuery(Competence.FIND_BY_FRAMEWORK, Competence.class)
        .setParameter("frameworkId", framework.getId())
        .getResultList()
        .forEach(c -> setting.competences.put(c.getCode(), c));
  }
}
