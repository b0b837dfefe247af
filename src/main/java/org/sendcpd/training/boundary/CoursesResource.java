package org.sendcpd.training.boundary;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.organisation.control.SchoolChoice;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.training.control.CourseCatalogue;
import org.sendcpd.training.entity.Course;
import org.sendcpd.ui.EntityTags;

/** The training catalogue: a school's courses and those shared across the trust. */
@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoursesResource {

  @Inject CourseCatalogue catalogue;
  @Inject SchoolChoice schools;
  @Inject EntityTags tags;

  @GET
  @Operation(summary = "A school's courses and the shared ones (the caller's school by default)")
  public List<CourseJson> list(@QueryParam("schoolId") Long schoolId) {
    return catalogue.forSchool(schools.resolve(schoolId)).stream().map(CourseJson::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One course with its outcomes")
  public CourseJson read(@PathParam("id") long id) {
    Course course = catalogue.find(id).orElseThrow(NotFoundException::new);
    tags.answer(course.getRowVersion());
    return CourseJson.of(course);
  }

  @POST
  @Operation(summary = "Add a course; without schoolId it is shared by the trust (trust leads)")
  @APIResponse(
      responseCode = "201",
      description = "The course added; Location names it",
      content = @Content(schema = @Schema(implementation = CourseJson.class)))
  public Response create(CourseJson json, @Context UriInfo uri) {
    Course saved = catalogue.create(required(json).draft());
    return Response.created(uri.getAbsolutePathBuilder().path(saved.getId().toString()).build())
        .entity(CourseJson.of(saved))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary =
          "Change a course; active=false stops offering it. With If-Match a copy someone changed"
              + " since is refused with 412")
  @Extension(name = "x-if-match", value = "true")
  public CourseJson update(@PathParam("id") long id, CourseJson json) {
    catalogue.find(id).orElseThrow(NotFoundException::new);
    Course saved = catalogue.update(id, tags.expected(), required(json).draft());
    tags.answer(saved.getRowVersion());
    return CourseJson.of(saved);
  }

  private static CourseJson required(CourseJson json) {
    if (json == null) {
      throw new InvalidInputException("Send the course as JSON");
    }
    return json;
  }
}
