package org.sendcpd.training.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.training.control.Attendance;
import org.sendcpd.training.control.BookingService;
import org.sendcpd.training.control.RegisterService;

/** The register of a training session: marking it turns attendance into verified CPD records. */
@Path("sessions/{sessionId}/register")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistersResource {

  @Inject BookingService bookings;
  @Inject RegisterService register;

  @PUT
  @Operation(
      operationId = "markRegister",
      summary =
          "Mark the register [{staffId, attended, hours}]; present people get verified records;"
              + " keepAbsenteesBooked=true books absentees onto the next session of the course."
              + " A collaborative session (coaching, peer observation, collaborative enquiry,"
              + " school-to-school support) takes each person's hours when given, and its leader"
              + " (the member of staff facilitating) gets a record too")
  public RegisterJson mark(
      @PathParam("sessionId") long sessionId,
      @QueryParam("keepAbsenteesBooked") boolean keepAbsenteesBooked,
      List<AttendanceJson> lines) {
    bookings.find(sessionId).orElseThrow(NotFoundException::new);
    if (lines == null) {
      throw new InvalidInputException(
          "Send the register as [{\"staffId\": n, \"attended\": true}]");
    }
    List<Attendance> marks =
        lines.stream()
            .map(
                l -> {
                  if (l == null || l.staffId() == null || l.attended() == null) {
                    throw new InvalidInputException("Every line needs staffId and attended");
                  }
                  return new Attendance(l.staffId(), l.attended(), l.hours());
                })
            .toList();
    return RegisterJson.of(register.mark(sessionId, marks, keepAbsenteesBooked));
  }
}
