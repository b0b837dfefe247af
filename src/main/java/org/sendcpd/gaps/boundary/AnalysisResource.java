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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.Providers;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.analysis.ConfidenceCheck;
import org.sendcpd.analysis.GapCell;
import org.sendcpd.analysis.GapStatus;
import org.sendcpd.analysis.Person;
import org.sendcpd.assessment.control.SelfAssessments;
import org.sendcpd.gaps.control.ExpertiseSearch;
import org.sendcpd.organisation.control.SchoolChoice;
import org.sendcpd.organisation.control.StaffService;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.IsoDates;
import org.sendcpd.platform.control.Page;
import org.sendcpd.platform.control.PageRequest;
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

  private static final MediaType JSON_UTF8 = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

  @Inject WorkforceAnalyses gaps;
  @Inject StaffService staff;
  @Inject SchoolChoice schools;
  @Context Providers providers;
  @Inject ExpertiseSearch expertise;
  @Inject SelfAssessments selfAssessments;

  @GET
  @Path("gaps")
  @Operation(
      operationId = "listGaps",
      summary =
          "Person x competence rows: required and held level, status, and the courses that close"
              + " a gap. Paged by person, in the order surname, first name, id: page counts from"
              + " 0, size is the number of people per page, 1 to 500 (default 50), and"
              + " X-Total-Count the number of people in post on the date (all pages; a person"
              + " with nothing required or held has no rows); Link names the other pages."
              + " all=true streams every person's rows in the same order as one array instead"
              + " (not with page or size). staffId answers one person's rows.")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = GapJson.class)),
      headers = @Header(name = "X-Total-Count", description = "people in post, all pages"))
  public Response gaps(
      @QueryParam("schoolId") Long schoolId,
      @QueryParam("date") String date,
      @QueryParam("staffId") Long staffId,
      @Parameter(description = "page number from 0 (default 0)") @QueryParam("page") String page,
      @Parameter(description = "people per page, 1 to 500 (default 50)") @QueryParam("size")
          String size,
      @Parameter(description = "true: every person's rows, streamed, without paging")
          @QueryParam("all")
          String all) {
    boolean whole = flag("all", all);
    if (whole && (page != null || size != null)) {
      throw new InvalidInputException(
          "all=true answers every person at once: leave out page and size");
    }
    PageRequest request = whole ? null : PageRequest.of(page, size);
    LocalDate on = IsoDates.referenceDate(date);
    SchoolAnalysis analysis;
    List<Person> people;
    ConfidenceCheck confidence;
    if (staffId != null) {
      StaffMember person = staff.find(staffId).orElseThrow(NotFoundException::new);
      analysis = gaps.forPerson(person, on);
      people = analysis.peopleInPost().stream().filter(p -> p.id() == staffId).toList();
      confidence = new ConfidenceCheck(selfAssessments.ratingsOf(person), on);
    } else {
      analysis = gaps.school(schools.resolve(schoolId), on);
      people = analysis.peopleInPost();
      confidence = new ConfidenceCheck(selfAssessments.ratingsInSchool(analysis.schoolId()), on);
    }
    if (whole) {
      return Response.ok(stream(analysis, confidence, people, json()), JSON_UTF8)
          .header(Page.TOTAL_HEADER, people.size())
          .build();
    }
    List<GapJson> rows = new ArrayList<>();
    request
        .of(people)
        .forEach(p -> rows.addAll(rows(analysis, confidence, analysis.gapsOf(p.id()))));
    return Response.ok(new Page<>(rows, people.size(), request), JSON_UTF8).build();
  }

  /**
   * Every person's rows written as one JSON array while they are worked out, person by person, so
   * the memory a whole school's answer takes does not grow with the school.
   */
  private static StreamingOutput stream(
      SchoolAnalysis analysis, ConfidenceCheck confidence, List<Person> people, Jsonb json) {
    return out -> {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      writer.write('[');
      boolean first = true;
      for (Person p : people) {
        for (GapJson row : rows(analysis, confidence, analysis.gapsOf(p.id()))) {
          if (!first) {
            writer.write(',');
          }
          writer.write(json.toJson(row));
          first = false;
        }
      }
      writer.write(']');
      writer.flush();
    };
  }

  private static boolean flag(String name, String value) {
    if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw new InvalidInputException(name + " must be true or false, not '" + value + "'");
  }

  /** The API's own JSON-B configuration, so the streamed answer reads as any other answer. */
  private Jsonb json() {
    return providers
        .getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE)
        .getContext(GapJson.class);
  }

  @GET
  @Path("capacity")
  @Operation(
      operationId = "getCapacity",
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
      operationId = "findExpertise",
      summary =
          "Who holds a competence at a level (a rank or a name; default the top of its ladder) or"
              + " above on the date: across the trust in full for trust leads and"
              + " administrators; for a SENCO or head their own school in full (staffId, name,"
              + " jobRole, schoolId, schoolName, level, levelName, expiresOn) and, of the other"
              + " schools, only people who offered to be found for outreach, with staffId (to"
              + " address a support request), name, jobRole, schoolName, level and levelName"
              + " and nothing else")
  @APIResponse(responseCode = "200", description = "the holders, own school first")
  @APIResponse(
      responseCode = "400",
      description = "unknown competenceCode, a level not on its ladder, or a bad date")
  @APIResponse(responseCode = "403", description = "not a SENCO, head, trust lead or admin")
  public List<ExpertiseSearch.Found> expertise(
      @QueryParam("competenceCode") String competenceCode,
      @QueryParam("level") String level,
      @QueryParam("date") String date) {
    return expertise.search(competenceCode, level, IsoDates.referenceDate(date));
  }

  private static List<GapJson> rows(
      SchoolAnalysis analysis, ConfidenceCheck confidence, List<GapCell> cells) {
    return cells.stream()
        .map(
            cell ->
                GapJson.of(
                    analysis,
                    cell,
                    cell.status() == GapStatus.MET || cell.status() == GapStatus.NOT_REQUIRED
                        ? List.of()
                        : analysis.howToClose(cell),
                    confidence.confidenceOf(cell)))
        .toList();
  }
}
