package org.sendcpd.demand.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sendcpd.framework.entity.Competence;
import org.sendcpd.framework.entity.FrameworkLevel;

/**
 * The competences a coverage rule may name, grouped by framework and area, and each framework's
 * ladder, read in two queries. Active frameworks come first.
 */
@ApplicationScoped
public class CompetenceChoices {

  /** A competence with where it sits, for choosing and for naming it in lists. */
  public record Option(
      String code,
      String statement,
      long frameworkId,
      String framework,
      boolean frameworkActive,
      String area)
      implements Serializable {}

  /** One rung of a ladder. */
  public record Level(int rank, String name) implements Serializable {}

  /** Everything a rule screen needs to offer and to name competences and levels. */
  public record Catalogue(List<Option> options, Map<Long, List<Level>> ladders)
      implements Serializable {

    public Option option(String code) {
      return options.stream().filter(o -> o.code().equals(code)).findFirst().orElse(null);
    }

    /** The ladder of the competence's framework; a framework without one has a single level. */
    public List<Level> ladderOf(String code) {
      Option option = option(code);
      List<Level> ladder = option == null ? null : ladders.get(option.frameworkId());
      return ladder == null || ladder.isEmpty() ? List.of(new Level(1, "Held")) : ladder;
    }

    public String levelName(String code, int rank) {
      return ladderOf(code).stream()
          .filter(l -> l.rank() == rank)
          .map(Level::name)
          .findFirst()
          .orElse("Level " + rank);
    }
  }

  @PersistenceContext EntityManager em;

  public Catalogue catalogue() {
    List<Option> options =
        em
            .createQuery(
                "SELECT c FROM Competence c JOIN FETCH c.area a JOIN FETCH a.framework f"
                    + " ORDER BY f.active DESC, f.name, f.version, a.sortOrder, c.sortOrder, c.code",
                Competence.class)
            .getResultList()
            .stream()
            .map(
                c ->
                    new Option(
                        c.getCode(),
                        c.getStatement(),
                        c.getArea().getFramework().getId(),
                        c.getArea().getFramework().getName()
                            + " "
                            + c.getArea().getFramework().getVersion(),
                        c.getArea().getFramework().isActive(),
                        c.getArea().getName()))
            .toList();
    Map<Long, List<Level>> ladders =
        em
            .createQuery(
                "SELECT l FROM FrameworkLevel l JOIN FETCH l.framework ORDER BY l.rank",
                FrameworkLevel.class)
            .getResultList()
            .stream()
            .collect(
                Collectors.groupingBy(
                    l -> l.getFramework().getId(),
                    LinkedHashMap::new,
                    Collectors.mapping(
                        l -> new Level(l.getRank(), l.getName()), Collectors.toList())));
    return new Catalogue(options, ladders);
  }
}
