package org.sendcpd.framework.control;

import java.util.List;
import org.sendcpd.framework.entity.AreaOfNeed;
import org.sendcpd.organisation.entity.JobRole;

/** A skills framework in the exchange format of DESIGN.md, before it becomes entities. */
public record FrameworkDocument(
    String name,
    String version,
    String source,
    List<LevelDoc> levels,
    List<AreaDoc> areas,
    List<RequirementDoc> requirements) {

  public record LevelDoc(int rank, String name) {}

  /** An area; areaOfNeed links it to one of the four broad areas, or is null when cross-cutting. */
  public record AreaDoc(
      String code, String name, AreaOfNeed areaOfNeed, List<CompetenceDoc> competences) {}

  public record CompetenceDoc(String code, String statement) {}

  public record RequirementDoc(JobRole jobRole, String competenceCode, int level) {}
}
