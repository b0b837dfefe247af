package org.sendcpd.training.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.training.control.CpdDraft.Claim;

/**
 * Turns claimed competence codes and levels into competences, refusing unknown codes, repeats and
 * levels off the competence's own ladder (a framework with three levels has no level 4).
 */
@ApplicationScoped
public class OutcomeClaims {

  @PersistenceContext EntityManager em;

  /** The competences claimed, with their levels, in the order given. */
  public Map<Competence, Integer> resolve(List<Claim> claims) {
    List<Map<String, String>> errors = new ArrayList<>();
    Map<Competence, Integer> resolved = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      String field = "outcomes[" + i + "]";
      String code = claim == null || claim.competenceCode() == null ? "" : claim.competenceCode();
      if (code.isBlank()) {
        errors.add(error(field, "name the competence by its code"));
        continue;
      }
      if (!seen.add(code.strip())) {
        errors.add(error(field, code + " is claimed twice"));
        continue;
      }
      Competence competence =
          em.createNamedQuery(Competence.FIND_BY_CODE, Competence.class)
              .setParameter("code", code.strip())
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (competence == null) {
        errors.add(error(field, "there is no competence " + code));
        continue;
      }
      int ladder = competence.getArea().getFramework().getLevels().size();
      Integer level = claim.level();
      if (level == null || level < 1 || level > ladder) {
        errors.add(
            error(field, code + " has levels 1 to " + ladder + "; " + level + " is not one"));
        continue;
      }
      resolved.put(competence, level);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("Some claimed competences are not right", errors);
    }
    return resolved;
  }

  private static Map<String, String> error(String field, String message) {
    return Map.of("field", field, "message", message);
  }
}
