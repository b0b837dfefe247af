package org.sendcpd.demo;

import jakarta.persistence.EntityManager;
import java.util.function.Function;
import org.sendcpd.framework.control.FrameworkDocument;
import org.sendcpd.framework.control.FrameworkJsonReader;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.SkillsFramework;

/**
 * The SEND framework from {@code send-framework.json}, read by the framework exchange reader and
 * saved by whatever the caller passes (the framework importer in the application). The file's
 * source text is longer than a framework's source may be, so its first clause becomes the source
 * and the whole text the description.
 */
final class DemoFramework {

  /** The column size of {@code skills_framework.source}. */
  static final int SOURCE_MAX = 300;

  private final EntityManager em;
  private final DemoSetting setting;

  DemoFramework(EntityManager em, DemoSetting setting) {
    this.em = em;
    this.setting = setting;
  }

  void load(Function<FrameworkDocument, SkillsFramework> importer) {
    FrameworkDocument read = new FrameworkJsonReader().read(DemoJson.reader("send-framework.json"));
    SkillsFramework framework = importer.apply(withShortSource(read));
    if (!read.source().equals(framework.getSource())) {
      framework.setDescription(read.source());
    }
    framework.setActive(true);
    em.createNamedQuery(Competence.FIND_BY_FRAMEWORK, Competence.class)
        .setParameter("frameworkId", framework.getId())
        .getResultList()
        .forEach(c -> setting.competences.put(c.getCode(), c));
  }

  static FrameworkDocument withShortSource(FrameworkDocument document) {
    String source = document.source();
    if (source == null || source.length() <= SOURCE_MAX) {
      return document;
    }
    int clause = source.indexOf(';');
    String shorter =
        clause > 0 && clause <= SOURCE_MAX
            ? source.substring(0, clause)
            : source.substring(0, SOURCE_MAX - 3) + "...";
    return new FrameworkDocument(
        document.name(),
        document.version(),
        shorter,
        document.levels(),
        document.areas(),
        document.requirements());
  }
}
