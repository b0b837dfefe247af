package org.sendcpd.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.Reader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.MisPreset;
import org.sendcpd.organisation.control.SchoolChoice;
import org.sendcpd.organisation.control.StaffImport;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.Page;
import org.sendcpd.platform.control.PageRequest;
import org.sendcpd.ui.EntityTags;

/** The staff of a school: list, read, create, update and import a CSV from the MIS. */
@Path("staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

  @Inject StaffService staff;
  @Inject AccessControl access;
  @Inject SchoolChoice schools;
  @Inject EntityTags tags;

  @GET
  // Not audited: the school's staff list is a directory every page of the SENCO's asks for; one
  // person's record (below) is.
  @Operation(
      summary =
          "The staff of a school (the caller's own unless schoolId is given), by surname, first"
              + " name and id, one page at a time: page counts from 0, size is 1 to 500 people"
              + " (default 50); X-Total-Count is the school's head count, Link the other pages")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StaffJson.class)),
      headers = @Header(name = "X-Total-Count", description = "staff of the school, all pages"))
  public Page<StaffJson> list(
      @QueryParam("schoolId") Long schoolId,
      @Parameter(description = "page number from 0 (default 0)") @QueryParam("page") String page,
      @Parameter(description = "people per page, 1 to 500 (default 50)") @QueryParam("size")
          String size) {
    PageRequest request = PageRequest.of(page, size);
    long school = schools.resolve(schoolId);
    access.requireSchool(school);
    staff.school(school); // an unknown school is bad input, not an empty list
    return staff.inSchool(school, request).map(StaffJson::of);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One member of staff; staff may read only themselves")
  public StaffJson read(@PathParam("id") long id) {
    StaffMember person = staff.find(id).orElseThrow(NotFoundException::new);
    access.requireStaff(person);
    staff.viewed(person);
    tags.answer(person.getRowVersion());
    return StaffJson.of(person);
  }

  @POST
  @Operation(summary = "Add a member of staff to a school")
  @APIResponse(
      responseCode = "201",
      description = "The person added; Location names it",
      content = @Content(schema = @Schema(implementation = StaffJson.class)))
  public Response create(StaffJson json, @Context UriInfo uri) {
    if (json == null) {
      throw new InvalidInputException("Send the member of staff as JSON");
    }
    long school = schools.resolve(json.schoolId());
    access.requireSchool(school);
    School home = staff.school(school);
    StaffMember person =
        new StaffMember(home, json.firstName(), json.lastName(), json.email(), json.jobRole());
    json.copyTo(person);
    person.setLineManager(staff.lineManager(json.lineManagerId(), null, school));
    StaffMember saved = staff.create(person);
    return Response.created(uri.getAbsolutePathBuilder().path(saved.getId().toString()).build())
        .entity(StaffJson.of(saved))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary =
          "Change a member of staff; with If-Match (the ETag of a GET) a copy someone changed since"
              + " is refused with 412")
  @Extension(name = "x-if-match", value = "true")
  public StaffJson update(@PathParam("id") long id, StaffJson json) {
    StaffMember person = staff.find(id).orElseThrow(NotFoundException::new);
    long school = person.getSchool().getId();
    access.requireSchool(school);
    if (json == null) {
      throw new InvalidInputException("Send the member of staff as JSON");
    }
    StaffMember saved =
        staff.update(
            id,
            tags.expected(),
            p -> {
              json.copyTo(p);
              p.setLineManager(staff.lineManager(json.lineManagerId(), id, school));
            });
    tags.answer(saved.getRowVersion());
    return StaffJson.of(saved);
  }

  @POST
  @Path("import")
  @Consumes("text/csv")
  @Operation(
      operationId = "importStaff",
      summary =
          "Import a staff CSV, or an MIS export with preset=sims|arbor|bromcom; all rows are saved"
              + " or none, errors name their line")
  @APIResponse(
      responseCode = "200",
      description = "All rows saved",
      content = @Content(schema = @Schema(implementation = StaffImport.class)))
  @APIResponse(
      responseCode = "400",
      description = "Nothing saved: every wrong line named",
      content = @Content(schema = @Schema(implementation = StaffImportRefusal.class)))
  public Response importCsv(
      @QueryParam("schoolId") Long schoolId, @QueryParam("preset") String preset, Reader csv) {
    MisPreset format =
        preset == null || preset.isBlank()
            ? MisPreset.STANDARD
            : MisPreset.named(preset)
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "preset '" + preset + "' is not one of " + MisPreset.names()));
    long school = schools.resolve(schoolId);
    access.requireSchool(school);
    StaffImport result = staff.importCsv(school, csv, format);
    return result.errors().isEmpty()
        ? Response.ok(result).build()
        : Response.status(400).entity(StaffImportRefusal.of(result)).build();
  }
}
