package org.sendcpd.training.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.training.control.BookingResult;
import org.sendcpd.training.control.BookingService;
import org.sendcpd.training.control.GapBookings;
import org.sendcpd.training.entity.TrainingSession;

/** The bookings of a training session: list, book people or groups, cancel. */
@Path("sessions/{sessionId}/bookings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingsResource {

  @Inject BookingService bookings;
  @Inject GapBookings gapBookings;

  @GET
  @Operation(summary = "The session's bookings (staff see only their own and their reports')")
  public List<BookingJson> list(@PathParam("sessionId") long sessionId) {
    return bookings.bookings(session(sessionId).getId()).stream().map(BookingJson::of).toList();
  }

  @POST
  @Operation(
      operationId = "bookSession",
      summary =
          "Book {staffId}, a {jobRole}, a {team} or everyone {withGap: true} the course closes;"
              + " 409 when full unless {waitingList: true}")
  @APIResponse(
      responseCode = "201",
      description = "Booked (or on the waiting list)",
      content = @Content(schema = @Schema(implementation = BookingAnswer.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The session is full (without waitingList), not open for booking, or the person is on it already")
  public Response book(
      @PathParam("sessionId") long sessionId, BookingRequest request, @Context UriInfo uri) {
    if (request == null || request.targets() != 1) {
      throw new InvalidInputException(
          "Send exactly one of staffId, jobRole, team or withGap: true");
    }
    long session = session(sessionId).getId();
    boolean waiting = request.wantsWaitingList();
    BookingResult result;
    if (request.staffId() != null) {
      result = bookings.bookPerson(session, request.staffId(), waiting);
    } else if (request.wantsGaps()) {
      result = gapBookings.book(session, List.of(), waiting);
    } else if (request.team() != null && !request.team().isBlank()) {
      result = bookings.bookGroup(session, null, request.team(), waiting);
    } else {
      result = bookings.bookGroup(session, jobRole(request.jobRole()), null, waiting);
    }
    return Response.created(uri.getAbsolutePath()).entity(BookingAnswer.of(result)).build();
  }

  @DELETE
  @Path("{bookingId}")
  @Operation(
      operationId = "cancelBooking",
      summary = "Cancel a booking; the first person waiting takes the freed place")
  public CancellationJson cancel(
      @PathParam("sessionId") long sessionId, @PathParam("bookingId") long bookingId) {
    return CancellationJson.of(bookings.cancel(session(sessionId).getId(), bookingId));
  }

  private TrainingSession session(long id) {
    return bookings.find(id).orElseThrow(NotFoundException::new);
  }

  private static JobRole jobRole(String name) {
    try {
      return JobRole.valueOf(name.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      String known = String.join(", ", Arrays.stream(JobRole.values()).map(Enum::name).toList());
      throw new InvalidInputException(
          "jobRole is not one of " + known,
          List.of(Map.of("field", "jobRole", "message", "is not one of " + known)));
    }
  }
}
