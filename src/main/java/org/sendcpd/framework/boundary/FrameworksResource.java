package org.sendcpd.framework.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.framework.control.FrameworkCatalogue;
import org.sendcpd.framework.control.FrameworkCsvReader;
import org.sendcpd.framework.control.FrameworkDocument;
import org.sendcpd.framework.control.FrameworkExport;
import org.sendcpd.framework.control.FrameworkService;
import org.sendcpd.framework.entity.SkillsFramework;
import org.sendcpd.ui.EntityTags;

/**
 * The skills frameworks of the installation: anyone signed in reads and exports them; SENCOs, trust
 * leads and administrators create and import them (JSON, or CSV as one body or a multipart form
 * with both files).
 */
@Path("frameworks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FrameworksResource {

  /** A framework in a list. */
  public record FrameworkSummary(
      Long id, String name, String version, String source, boolean active, Long schoolId) {
    static FrameworkSummary of(SkillsFramework f) {
      return new FrameworkSummary(
          f.getId(),
          f.getName(),
          f.getVersion(),
          f.getSource(),
          f.isActive(),
          f.isShared() ? null : f.getSchool().getId());
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
  @Inject FrameworkService service;
  @Inject EntityTags tags;
  @Context UriInfo uri;

  @GET
  @Operation(
      summary =
          "Every skills framework, active or retired, the caller may read: the shared ones"
              + " (schoolId null) and their school's own")
  public List<FrameworkSummary> list() {
    return service.visible(catalogue.all()).stream().map(FrameworkSummary::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a framework from the JSON exchange format (the same as importing it)",
      description =
          "SENCO, trust lead or administrator. Answers 201 with the new framework's summary; 400"
              + " names every bad field by its path (areas[1].competences[0].code) and saves"
              + " nothing; 409 when the name and version exist already.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the framework",
      content = @Content(schema = @Schema(implementation = FrameworkSummary.class)))
  @APIResponse(responseCode = "400", description = "Bad input, nothing saved")
  @APIResponse(responseCode = "403", description = "Not a SENCO, trust lead or administrator")
  @APIResponse(responseCode = "409", description = "The same name and version exist already")
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON,
                      schema = @Schema(implementation = FrameworkDocument.class)))
          InputStream json) {
    return created(service.importJson(utf8(json)));
  }

  @POST
  @Path("import")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      hidden = true,
      summary = "Import a framework in the JSON exchange format",
      description =
          "The body is the JSON exchange format of DESIGN.md. All or nothing: 400 with every"
              + " problem named by its field path, 409 for a name and version imported already.")
  @APIResponse(responseCode = "201", description = "Imported")
  @APIResponse(responseCode = "400", description = "Bad input, nothing saved")
  @APIResponse(responseCode = "403", description = "Not a SENCO, trust lead or administrator")
  @APIResponse(responseCode = "409", description = "The same name and version exist already")
  public Response importJson(InputStream json) {
    return created(service.importJson(utf8(json)));
  }

  @POST
  @Path("import")
  @Consumes("text/csv")
  @Operation(
      hidden = true,
      summary = "Import a framework's competences as one CSV file (no requirements)",
      description =
          "The body is the competences CSV (header area_code,area_name,competence_code,statement);"
              + " name and version are query parameters. To send requirements too, use"
              + " multipart/form-data. Errors name the line (1 is the header).")
  @APIResponse(responseCode = "201", description = "Imported")
  @APIResponse(responseCode = "400", description = "Bad input, nothing saved")
  public Response importCsv(
      @Parameter(description = "framework name", required = true) @QueryParam("name") String name,
      @Parameter(description = "framework version", required = true) @QueryParam("version")
          String version,
      @Parameter(description = "where the wording comes from") @QueryParam("source") String source,
      @Parameter(
              description =
                  "level names, lowest first, comma-separated; default"
                      + " Universal,Enhanced,Specialist")
          @QueryParam("levels")
          String levels,
      InputStream competences) {
    return created(
        service.importCsv(
            new FrameworkCsvReader.Header(name, version, source, levels), utf8(competences), null));
  }

  @POST
  @Path("import")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  // One operation for the three bodies the path reads (JSON, CSV, multipart); OpenAPI has one
  // operation per path and verb, so the JSON and CSV methods above are hidden and described here.
  @Operation(
      operationId = "importFramework",
      summary =
          "Import a framework: the JSON exchange format, a competences CSV, or CSV files in a form",
      description =
          "application/json: the JSON exchange format of DESIGN.md. text/csv: the competences CSV"
              + " (header area_code,area_name,competence_code,statement; no requirements) with"
              + " name, version, source and levels as query parameters. multipart/form-data: text"
              + " fields name (required), version (required), source, levels (level names, lowest"
              + " first, comma-separated; default Universal,Enhanced,Specialist) and file parts"
              + " competences (required) and requirements (optional; header"
              + " job_role,competence_code,level, where level is a rank from 1 or a level name); a"
              + " competences part whose file name ends .json is read as the JSON exchange format."
              + " All or nothing: 400 lists every problem by its field path or as {file, line,"
              + " message} with line 1 the header; 409 for a name and version imported already.")
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FrameworkDocument.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
        @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA,
            schema =
                @Schema(
                    type = SchemaType.OBJECT,
                    requiredProperties = {"name", "version", "competences"},
                    properties = {
                      @SchemaProperty(name = "name", type = SchemaType.STRING),
                      @SchemaProperty(name = "version", type = SchemaType.STRING),
                      @SchemaProperty(name = "source", type = SchemaType.STRING),
                      @SchemaProperty(name = "levels", type = SchemaType.STRING),
                      @SchemaProperty(
                          name = "competences",
                          type = SchemaType.STRING,
                          format = "binary"),
                      @SchemaProperty(
                          name = "requirements",
                          type = SchemaType.STRING,
                          format = "binary")
                    }))
      })
  @Parameter(name = "name", in = ParameterIn.QUERY, description = "framework name (text/csv only)")
  @Parameter(
      name = "version",
      in = ParameterIn.QUERY,
      description = "framework version (text/csv only)")
  @Parameter(
      name = "source",
      in = ParameterIn.QUERY,
      description = "where the wording comes from (text/csv only)")
  @Parameter(
      name = "levels",
      in = ParameterIn.QUERY,
      description =
          "level names, lowest first, comma-separated; default Universal,Enhanced,Specialist"
              + " (text/csv only)")
  @APIResponse(
      responseCode = "201",
      description = "Imported; Location names the framework",
      content = @Content(schema = @Schema(implementation = FrameworkSummary.class)))
  @APIResponse(responseCode = "400", description = "Bad input, nothing saved")
  @APIResponse(responseCode = "403", description = "Not a SENCO, trust lead or administrator")
  @APIResponse(responseCode = "409", description = "The same name and version exist already")
  public Response importForm(List<EntityPart> parts) throws IOException {
    Map<String, String> fields = new HashMap<>();
    Map<String, String> files = new HashMap<>();
    for (EntityPart part : parts) {
      String content;
      try (InputStream in = part.getContent()) {
        content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (part.getFileName().isPresent()) {
        files.put(part.getName(), content);
        files.put(part.getName() + ".fileName", part.getFileName().get());
      } else {
        fields.put(part.getName(), content);
      }
    }
    String competences = files.getOrDefault("competences", fields.get("competences"));
    if (files.getOrDefault("competences.fileName", "").toLowerCase().endsWith(".json")) {
      return created(service.importJson(new StringReader(competences)));
    }
    String requirements = files.getOrDefault("requirements", fields.get("requirements"));
    return created(
        service.importCsv(
            new FrameworkCsvReader.Header(
                fields.get("name"),
                fields.get("version"),
                fields.get("source"),
                fields.get("levels")),
            competences == null ? null : new StringReader(competences),
            requirements == null || requirements.isBlank()
                ? null
                : new StringReader(requirements)));
  }

  @GET
  @Path("{id}/export")
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  @Operation(
      summary = "Export a framework in an exchange format, as a download",
      description =
          "format=json (default): the JSON exchange format. format=csv: one of the two CSV files,"
              + " part=competences (default) or part=requirements (levels as ranks).")
  @APIResponse(
      responseCode = "200",
      description = "The framework, as an attachment",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FrameworkDocument.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))
      })
  public Response export(
      @PathParam("id") long id,
      @QueryParam("format") @DefaultValue("json") String format,
      @QueryParam("part") @DefaultValue("competences") String part) {
    SkillsFramework framework = readable(id);
    FrameworkExport file = FrameworkExport.of(catalogue.document(framework), format, part);
    return Response.ok(file.content(), file.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
        .build();
  }

  private Response created(SkillsFramework framework) {
    return Response.created(
            uri.getBaseUriBuilder().path("frameworks/{id}").build(framework.getId()))
        .entity(FrameworkSummary.of(framework))
        .build();
  }

  private static Reader utf8(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One framework with its levels, areas, competences and role requirements")
  public FrameworkDetail read(@PathParam("id") long id) {
    SkillsFramework framework = readable(id);
    FrameworkDocument doc = catalogue.document(framework);
    tags.answer(framework.getRowVersion());
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

  /** A framework the caller may read: 403 for another school's own. */
  private SkillsFramework readable(long id) {
    return service.requireReadable(catalogue.find(id).orElseThrow(NotFoundException::new));
  }
}
