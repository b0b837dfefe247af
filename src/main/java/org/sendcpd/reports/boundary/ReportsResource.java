package org.sendcpd.reports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sendcpd.reports.control.ReportFile;

/**
 * Reports as files: /api/reports/{name}.{pdf|xlsx|csv}. Names: training-gap, capacity, expiries,
 * sen-information (a school's, for those who see the school), cpd-record (one person's, theirs by
 * default), calendar (a school's term of training sessions), register (a session's sign-in sheet,
 * sessionId) and certificate (attendance at an in-house session, sessionId and staffId).
 */
@Path("reports")
@RequestScoped
public class ReportsResource {

  @Inject ReportRequests requests;

  @GET
  @Path("{file}")
  @Operation(
      summary =
          "A report as a PDF, XLSX or (training-gap, capacity) CSV file for a school and reference"
              + " date; cpd-record for one person (staffId, one's own when absent); calendar for the"
              + " term of the date; register for a session (sessionId); certificate of attendance"
              + " at an in-house session (sessionId, staffId)")
  public Response download(
      @PathParam("file") String file,
      @QueryParam("schoolId") Long schoolId,
      @QueryParam("date") String date,
      @QueryParam("staffId") Long staffId,
      @QueryParam("sessionId") Long sessionId) {
    int dot = file.lastIndexOf('.');
    if (dot <= 0) {
      throw new NotFoundException();
    }
    ReportFile report =
        requests.render(
            file.substring(0, dot), file.substring(dot + 1), schoolId, date, staffId, sessionId);
    return Response.ok(report.bytes(), report.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + report.fileName() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
