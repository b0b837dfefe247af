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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Providers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.analysis.ConfidenceCheck;
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
import org.sendcpd.workforce.control.AnalysisView;
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
  private static final MediaType COMPACT_UTF8 =
      MediaType.valueOf(GapsCompactJson.MEDIA_TYPE).withCharset("UTF-8");

  @Inject WorkforceAnalyses gaps;
  @Inject StaffService staff;
  @Inject SchoolChoice schools;
  @Context Providers providers;
  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Inject ExpertiseSearch expertise;
  @Inject SelfAssessments selfAssessments;

  @GET
  @Path("gaps")
  @Produces({MediaType.APPLICATION_JSON, GapsCompactJson.MEDIA_TYPE})
  @Operation(
      operationId = "listGaps",
      summary =
          "Person x competence rows: required and held level, status, and the courses that close"
              + " a gap. Paged by person, in the order surname, first name, id: page counts from"
              + " 0, size is the number of people per page, 1 to 500 (default 50), and"
              + " X-Total-Count the number of people in post on the date (all pages; a person"
              + " with nothing required or held has no rows); Link names the other pages."
              + " status=GAP,EXPIRING (or status repeated; any case) keeps only rows of those"
              + " statuses: then the pages, size and X-Total-Count count only the people with at"
              + " least one such row. courses=once answers the compact form instead (media type "
              + GapsCompactJson.MEDIA_TYPE
              + ", also chosen by an Accept header that prefers it): {rows, courses, bookings},"
              + " each closing course listed once and referred to from the rows by id, each"
              + " person's bookings on its sessions once; the same pages and headers. all=true streams every person's rows in the same order"
              + " instead (not with page or size). staffId answers one person's rows.")
  @APIResponse(
      responseCode = "200",
      description = "the rows (or, with courses=once, the compact form)",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = GapJson.class)),
        @Content(
            mediaType = GapsCompactJson.MEDIA_TYPE,
            schema = @Schema(implementation = GapsCompactJson.class))
      },
      headers =
          @Header(
              name = "X-Total-Count",
              description = "people in post (with status, people with a matching row), all pages"))
  public Response gaps(
      @QueryParam("schoolId") Long schoolId,
      @QueryParam("date") String date,
      @QueryParam("staffId") Long staffId,
      @Parameter(description = "page number from 0 (default 0)") @QueryParam("page") String page,
      @Parameter(description = "people per page, 1 to 500 (default 50)") @QueryParam("size")
          String size,
      @Parameter(description = "true: every person's rows, streamed, without paging")
          @QueryParam("all")
          String all,
      @Parameter(
              description =
                  "only rows of these statuses (MET, GAP, EXPIRING, PENDING, NOT_REQUIRED),"
                      + " comma-separated or repeated; default every status")
          @QueryParam("status")
          List<String> status,
      @Parameter(
              description =
                  "once: each closing course listed once in a courses list, rows refer to it by"
                      + " id, bookings per person; default each row carries its closing courses")
          @QueryParam("courses")
          String courses) {
    boolean whole = flag("all", all);
    if (whole && (page != null || size != null)) {
      throw new InvalidInputException(
          "all=true answers every person at once: leave out page and size");
    }
    GapStatusFilter filter = GapStatusFilter.of(status);
    boolean compact = compact(courses);
    PageRequest request = whole ? null : PageRequest.of(page, size);
    LocalDate on = IsoDates.referenceDate(date);
    SchoolAnalysis analysis = analysis(schoolId, staffId, on);
    MediaType type = compact ? COMPACT_UTF8 : JSON_UTF8;
    if (whole) {
      GapRows rows = rows(analysis, staffId, on, filter);
      return Response.ok(rows.streamed(compact, json()), type)
          .header(Page.TOTAL_HEADER, rows.people().size())
          .build();
    }
    GapsQuestion question = new GapsQuestion(staffId, request, filter, compact);
    return analysis
        .answers()
        .get(question, () -> encoded(analysis, question, on))
        .send(headers, uri, request, type);
  }

  private static final String CAPACITY = "capacity";

  /** What a page of the gaps depends on besides the analysis it is made from. */
  private record GapsQuestion(
      Long staffId, PageRequest request, GapStatusFilter filter, boolean compact) {}

  /** A page of the gaps encoded once, for everyone who asks the same of the same analysis. */
  private EncodedAnswer encoded(SchoolAnalysis analysis, GapsQuestion question, LocalDate on) {
    GapRows rows = rows(analysis, question.staffId(), on, question.filter());
    List<Person> people = rows.people();
    List<GapJson> pageRows = new ArrayList<>();
    question.request().of(people).forEach(p -> pageRows.addAll(rows.of(p)));
    Object body = pageRows;
    if (question.compact()) {
      CompactGaps compacted = new CompactGaps();
      body = compacted.answer(pageRows.stream().map(compacted::add).toList());
    }
    String madeFrom = analysis.answers().serial() + "-" + Integer.toHexString(question.hashCode());
    return EncodedAnswer.of(
        json().toJson(body).getBytes(StandardCharsets.UTF_8), people.size(), madeFrom);
  }

  /** The school's analysis, or the person's school's for one person (access checked). */
  private SchoolAnalysis analysis(Long schoolId, Long staffId, LocalDate on) {
    if (staffId != null) {
      StaffMember person = staff.find(staffId).orElseThrow(NotFoundException::new);
      return gaps.forPerson(person, on);
    }
    return gaps.school(schools.resolve(schoolId), on);
  }

  private GapRows rows(
      SchoolAnalysis analysis, Long staffId, LocalDate on, GapStatusFilter filter) {
    if (staffId != null) {
      StaffMember person = staff.find(staffId).orElseThrow(NotFoundException::new);
      return new GapRows(
          analysis,
          new ConfidenceCheck(selfAssessments.ratingsOf(person), on),
          analysis.peopleInPost().stream().filter(p -> p.id() == staffId).toList(),
          filter);
    }
    return new GapRows(
        analysis,
        new ConfidenceCheck(selfAssessments.ratingsInSchool(analysis.schoolId()), on),
        analysis.peopleInPost(),
        filter);
  }

  /**
   * The compact form when asked for by courses=once, or by an Accept header whose first choice
   * among the two forms is the compact one.
   */
  private boolean compact(String courses) {
    if (courses != null && !courses.isBlank()) {
      if (!courses.strip().equalsIgnoreCase("once")) {
        String message =
            "courses must be 'once' (each closing course listed once), not '" + courses + "'";
        throw new InvalidInputException(
            message, List.of(Map.of("field", "courses", "message", message)));
      }
      return true;
    }
    return headers.getAcceptableMediaTypes().stream()
        .filter(t -> t.isCompatible(COMPACT_UTF8) || t.isCompatible(JSON_UTF8))
        .findFirst()
        .map(t -> !t.isWildcardType() && !t.isWildcardSubtype() && t.isCompatible(COMPACT_UTF8))
        .orElse(false);
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
              + " for a trust lead or administrator, the caller's school for others. Made once"
              + " while the data holds: an ETag answers If-None-Match with 304")
  @APIResponse(
      responseCode = "200",
      description = "the capacity",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CapacityJson.class)))
  public Response capacity(@QueryParam("schoolId") Long schoolId, @QueryParam("date") String date) {
    LocalDate on = IsoDates.referenceDate(date);
    AnalysisView analysis =
        schoolId == null && gaps.seesTrust()
            ? gaps.trust(on)
            : gaps.school(schools.resolve(schoolId), on);
    return analysis
        .answers()
        .get(CAPACITY, () -> encodedCapacity(analysis))
        .send(headers, uri, null, JSON_UTF8);
  }

  /** The capacity encoded once per analysis: the trust's is megabytes of JSON. */
  private EncodedAnswer encodedCapacity(AnalysisView analysis) {
    String json =
        providers
            .getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE)
            .getContext(CapacityJson.class)
            .toJson(CapacityJson.of(analysis));
    return EncodedAnswer.of(
        json.getBytes(StandardCharsets.UTF_8), -1, analysis.answers().serial() + "-capacity");
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
}
