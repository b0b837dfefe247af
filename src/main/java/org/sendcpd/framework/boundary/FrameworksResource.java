package org.sendcpd.framework.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sendcpd.framework.control.FrameworkCatalogue;
import org.sendcpd.framework.control.FrameworkDocument;
import org.sendcpd.framework.entity.SkillsFramework;

/** The skills frameworks of the installation; any signed-in person may read them. */
@Path("frameworks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FrameworksResource {

  /** A framework in a list. */
  public record FrameworkSummary(
      Long id, String name, String version, String source, boolean active) {
    static FrameworkSummary of(SkillsFramework f) {
      return new FrameworkSummary(
          f.getId(), f.getName(), f.getVersion(), f.getSource(), f.isActive());
    }
  }

  /** A whole framework: its summary and its content in the exchange format. */
  public record FrameworkDetail(
      Long id,
      boolean active,
      String name,
      String version,
      String source,
      List<FrameworkDocument.LevelDoc> levels,
      List<FrameworkDocument.AreaDoc> areas,
      List<FrameworkDocument.RequirementDoc> requirements) {}

  @Inject FrameworkCatalogue catalogue;

  @GET
  @Operation(summary = "Every skills framework, active or retired")
  public List<FrameworkSummary> list() {
    return catalogue.all().stream().map(FrameworkSummary::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One framework with its levels, areas, competences and role requirements")
  public FrameworkDetail read(@PathParam("id") long id) {
    SkillsFramework framework = catalogue.find(id).orElseThrow(NotFoundException::new);
    FrameworkDocument doc = catalogue.document(framework);
    return new FrameworkDetail(
        framework.getId(),
        framework.isActive(),
        doc.name(),
        doc.version(),
        doc.source(),
        doc.levels(),
        doc.areas(),
        doc.requirements());
  }
}
