package org.sendcpd.reports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.reports.control.ReportFile;

/**
 * Reports as files: /api/reports/{name}.{pdf|xlsx|csv}. Names: training-gap, capacity, expiries,
 * sen-information (a school's, for those who see the school), cpd-record (one person's, theirs by
 * default), calendar (a school's term of training sessions), register (a session's sign-in sheet,
 * sessionId), certificate (attendance at an in-house session, sessionId and staffId) and impact
 * (the chain from CPD to pupil outcomes per development-plan priority; PDF or XLSX).
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
              + " at an in-house session (sessionId, staffId); impact (PDF or XLSX) per development-plan"
              + " priority of the date's academic year and the year before. A large school's report (people in"
              + " post x competences above cpd.reports.large-cells) and the whole trust's are made"
              + " one at a time: while another is being made the answer is 503 with Retry-After")
  @APIResponse(responseCode = "200", description = "the file, as an attachment")
  @APIResponse(
      responseCode = "503",
      description = "another large report is being made: try again after Retry-After seconds",
      headers = @Header(name = "Retry-After", description = "seconds"))
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
    // a large report comes from its spooled file, which goes once it has been sent
    StreamingOutput body =
        out -> {
          try (InputStream in = report.stream()) {
            in.transferTo(out);
          }
        };
    return Response.ok(body, report.contentType())
        .header("Content-Length", report.size())
        .header("Content-Disposition", "attachment; filename=\"" + report.fileName() + "\"")
        .build();
  }
}
