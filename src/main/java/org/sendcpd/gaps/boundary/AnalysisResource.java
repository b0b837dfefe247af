package org.sendcpd.gaps.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Providers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.gaps.control.ExpertiseSearch;
import org.sendcpd.organisation.control.SchoolChoice;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.IsoDates;
import org.sendcpd.workforce.control.SchoolAnalysis;
import org.sendcpd.workforce.control.WorkforceAnalyses;

/**
 * The gap matrix and the capacity of a school (or the trust) for a reference date (today when not
 * given), and who holds a competence where.
 */
@Path("analysis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

  @Inject WorkforceAnalyses gaps;
  @Inject StaffService staff;
  @Inject SchoolChoice schools;
  @Inject GapAnswers answers;
  @Context Providers providers;
  @Inject ExpertiseSearch expertise;

  @GET
  @Path("gaps")
  @Operation(
      summary =
          "Person x competence rows: required and held level, status, and the courses that close"
              + " a gap; one person's rows with staffId")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = GapJson.class)))
  public Response gaps(
      @QueryParam("schoolId") Long schoolId,
      @QueryParam("date") String date,
      @QueryParam("staffId") Long staffId) {
    LocalDate on = IsoDates.referenceDate(date);
    if (staffId != null) {
      StaffMember person = staff.find(staffId).orElseThrow(NotFoundException::new);
      SchoolAnalysis analysis = gaps.forPerson(person, on);
      return Response.ok(rows(analysis, analysis.gapsOf(staffId))).build();
    }
    SchoolAnalysis analysis = gaps.school(schools.resolve(schoolId), on);
    byte[] json =
        answers.of(
            analysis,
            () ->
                json()
                    .toJson(rows(analysis, analysis.gaps().cells()))
                    .getBytes(StandardCharsets.UTF_8));
    return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
  }

  /** The API's own JSON-B configuration, so the kept text reads as any other answer. */
  private Jsonb json() {
    return providers
        .getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE)
        .getContext(GapJson.class);
  }

  @GET
  @Path("capacity")
  @Operation(
      summary =
          "Holders per competence and level, single points of failure, coverage against demand,"
              + " lapses, CPD hours and spend, coverage rules; without schoolId the whole trust"
              + " for a trust lead or administrator, the caller's school for others")
  public CapacityJson capacity(
      @QueryParam("schoolId") Long schoolId, @QueryParam("date") String date) {
    LocalDate on = IsoDates.referenceDate(date);
    return CapacityJson.of(
        schoolId == null && gaps.seesTrust()
            ? gaps.trust(on)
            : gaps.school(schools.resolve(schoolId), on));
  }

  @GET
  @Path("expertise")
  @Operation(
      summary =
          "Who holds a competence at a level (a rank or a name; default the top of its ladder) or"
              + " above on the date:"
              + " across the trust for trust leads and administrators, in their own school for a"
              + " SENCO or head")
  public List<ExpertiseSearch.Holder> expertise(
      @QueryParam("competenceCode") String competenceCode,
      @QueryParam("level") String level,
      @QueryParam("date") String date) {
    return expertise.find(competenceCode, level, IsoDates.referenceDate(date));
  }

  private static List<GapJson> rows(SchoolAnalysis analysis, List<GapCell> cells) {
    return cells.stream()
        .map(
            cell ->
                GapJson.of(
                    analysis,
                    cell,
                    cell.status() == GapStatus.MET || cell.status() == GapStatus.NOT_REQUIRED
                        ? List.of()
                        : analysis.howToClose(cell)))
        .toList();
  }
}
