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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.organisation.control.SchoolChoice;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.IsoDates;
import org.sendcpd.training.control.TrainingSessions;
import org.sendcpd.training.entity.TrainingSession;
import org.sendcpd.ui.EntityTags;

/** The training calendar: a school's sessions between two dates; plan, change and cancel them. */
@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionsResource {

  /** How far ahead the list looks when no end date is given. */
  static final int DEFAULT_DAYS = 90;

  @Inject TrainingSessions sessions;
  @Inject SchoolChoice schools;
  @Inject EntityTags tags;

  @GET
  @Operation(
      summary =
          "Sessions starting from 'from' to 'to' (ISO dates, both included; today and 90 days"
              + " on by default) of a school (the caller's by default)")
  public List<SessionJson> list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("schoolId") Long schoolId) {
    long school = schools.resolve(schoolId);
    LocalDate start = IsoDates.parameter("from", from, LocalDate.now());
    LocalDate end = IsoDates.parameter("to", to, start.plusDays(DEFAULT_DAYS));
    if (end.isBefore(start)) {
      throw new InvalidInputException("'to' must not be before 'from'");
    }
    Map<Long, Long> taken = sessions.placesTaken(school, start, end);
    return sessions.between(school, start, end).stream()
        .map(s -> SessionJson.of(s, taken.getOrDefault(s.getId(), 0L)))
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One session with its places taken and iCalendar sequence")
  public SessionJson read(@PathParam("id") long id) {
    TrainingSession session = sessions.find(id).orElseThrow(NotFoundException::new);
    tags.answer(session.getRowVersion());
    return SessionJson.of(session, sessions.placesTaken(id));
  }

  @POST
  @Operation(
      summary =
          "Plan a session (PLANNED unless status says CONFIRMED or DELIVERED). A session at a"
              + " weekend, in the school's holidays, or of four hours or more on a teaching day"
              + " that is not an INSET day is refused with 400 unless confirm=true")
  @APIResponse(
      responseCode = "201",
      description = "The session added; Location names it",
      content = @Content(schema = @Schema(implementation = SessionJson.class)))
  public Response create(
      SessionJson json, @QueryParam("confirm") boolean confirm, @Context UriInfo uri) {
    TrainingSession saved =
        sessions.create(required(json).draft(schools.resolve(json.schoolId())), confirm);
    return Response.created(uri.getAbsolutePathBuilder().path(saved.getId().toString()).build())
        .entity(SessionJson.of(saved, 0))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary =
          "Change a session; new times or place raise its sequence, CANCELLED cancels it. With"
              + " If-Match a copy someone changed since is refused with 412. New times off the"
              + " school's training days need confirm=true, as when planning")
  @Extension(name = "x-if-match", value = "true")
  public SessionJson update(
      @PathParam("id") long id, SessionJson json, @QueryParam("confirm") boolean confirm) {
    TrainingSession session = sessions.find(id).orElseThrow(NotFoundException::new);
    TrainingSession saved =
        sessions.update(
            id, tags.expected(), required(json).draft(session.getSchool().getId()), confirm);
    tags.answer(saved.getRowVersion());
    return SessionJson.of(saved, sessions.placesTaken(id));
  }

  private static SessionJson required(SessionJson json) {
    if (json == null) {
      throw new InvalidInputException("Send the session as JSON");
    }
    return json;
  }
}
