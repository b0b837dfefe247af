package org.sendcpd.training.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendcpd.framework.control.FrameworkCatalogue;
import org.sendcpd.framework.control.FrameworkDocument;
import org.sendcpd.framework.control.FrameworkDocument.AreaDoc;
import org.sendcpd.framework.entity.SkillsFramework;

/**
 * The competences a course outcome may name, grouped by framework and area, and the ladder of each
 * competence's framework for the level choice.
 */
@RequestScoped
public class CourseOptions {

  @Inject FrameworkCatalogue frameworks;

  /** The grouped competence choices and, by competence code, its framework's levels. */
  public record Choices(List<SelectItem> competences, Map<String, List<SelectItem>> levels)
      implements Serializable {}

  public Choices choices() {
    List<SelectItem> groups = new ArrayList<>();
    Map<String, List<SelectItem>> levels = new HashMap<>();
    for (SkillsFramework framework : frameworks.all()) {
      if (!framework.isActive()) {
        continue;
      }
      FrameworkDocument doc = frameworks.document(framework);
      List<SelectItem> ladder =
          doc.levels().isEmpty()
              ? List.of(new SelectItem(1, "Held"))
              : doc.levels().stream()
                  .map(l -> new SelectItem(l.rank(), l.rank() + " " + l.name()))
                  .toList();
      for (AreaDoc area : doc.areas()) {
        SelectItem[] items =
            area.competences().stream()
                .map(c -> new SelectItem(c.code(), c.code() + " " + c.statement()))
                .toArray(SelectItem[]::new);
        area.competences().forEach(c -> levels.put(c.code(), ladder));
        SelectItemGroup group = new SelectItemGroup(framework.getName() + " · " + area.name());
        group.setSelectItems(items);
        groups.add(group);
      }
    }
    return new Choices(groups, levels);
  }
}
