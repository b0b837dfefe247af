package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.FrameworkLevel;
import org.sendcpd.framework.entity.SkillsFramework;

/** What a person may claim when logging CPD: the competences of every active framework. */
@ApplicationScoped
public class ClaimOptions {

  @PersistenceContext EntityManager em;

  /** A competence with the names of its framework's levels, lowest first. */
  public record Choice(String code, String statement, String framework, List<String> levels)
      implements Serializable {}

  public List<Choice> all() {
    List<Choice> choices = new ArrayList<>();
    for (SkillsFramework framework :
        em.createNamedQuery(SkillsFramework.FIND_ACTIVE, SkillsFramework.class).getResultList()) {
      List<String> levels = framework.getLevels().stream().map(FrameworkLevel::getName).toList();
      em.createNamedQuery(Competence.FIND_BY_FRAMEWORK, Competence.class)
          .setParameter("frameworkId", framework.getId())
          .getResultList()
          .forEach(
              c ->
                  choices.add(
                      new Choice(c.getCode(), c.getStatement(), framework.getName(), levels)));
    }
    return choices;
  }
}
