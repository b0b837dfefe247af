package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.FrameworkLevel;

/** Names a competence level in its own framework's words: "Enhanced", not "2". */
@ApplicationScoped
public class LevelNames {

  @PersistenceContext EntityManager em;

  /** Level names keyed by framework id and rank, read in one query. */
  public Map<String, String> all() {
    Map<String, String> names = new HashMap<>();
    em.createQuery("SELECT l FROM FrameworkLevel l JOIN FETCH l.framework", FrameworkLevel.class)
        .getResultList()
        .forEach(l -> names.put(key(l.getFramework().getId(), l.getRank()), l.getName()));
    return names;
  }

  public static String label(Map<String, String> names, Competence competence, int rank) {
    String name = names.get(key(competence.getArea().getFramework().getId(), rank));
    return competence.getCode() + " " + (name == null ? "level " + rank : name);
  }

  private static String key(long frameworkId, int rank) {
    return frameworkId + "/" + rank;
  }
}
