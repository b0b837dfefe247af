package org.sendcpd.selfreview.boundary;

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
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.organisation.control.SchoolChoice;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.selfreview.control.Questionnaire;
import org.sendcpd.selfreview.control.ReviewYears;
import org.sendcpd.selfreview.control.SelfReviews;
import org.sendcpd.selfreview.entity.ReviewElement;
import org.sendcpd.selfreview.entity.SelfReview;

/**
 * The whole-school self-review of a school and academic year (default: the caller's school and the
 * development plan's year), and its anonymous staff questionnaire.
 */
@Path("self-reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SelfReviewsResource {

  @Inject SelfReviews reviews;
  @Inject Questionnaire questionnaire;
  @Inject SchoolChoice schools;

  @GET
  @Operation(
      summary =
          "A school's self-review of a year: each element's position (1 bolted-on to 4"
              + " whole-school) and evidence, with last year's position beside it")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = SelfReviewJson.class)))
  @APIResponse(responseCode = "400", description = "academicYear is not like 2026/27")
  @APIResponse(responseCode = "403", description = "the school is not one the caller sees")
  @APIResponse(responseCode = "404", description = "the school has no self-review of that year")
  public SelfReviewJson get(
      @QueryParam("schoolId") Long schoolId, @QueryParam("academicYear") String academicYear) {
    long school = schools.resolve(schoolId);
    String year = year(school, academicYear);
    SelfReview review =
        reviews
            .find(school, year)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "There is no self-review of "
                            + year
                            + " yet: the SENCO or the head starts it by placing the elements"));
    return SelfReviewJson.of(review, reviews.find(school, ReviewYears.previous(year)));
  }

  @PUT
  @Operation(
      summary =
          "Place the school on the elements (SENCO or head of the school): the list replaces the"
              + " year's placements; the first save opens the staff questionnaire")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = SelfReviewJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "a field is missing or not valid (each named); nothing was saved")
  @APIResponse(responseCode = "403", description = "only the school's SENCO and head place it")
  public SelfReviewJson put(
      @QueryParam("schoolId") Long schoolId,
      @QueryParam("academicYear") String academicYear,
      SelfReviewRequest body) {
    long school = schools.resolve(schoolId);
    String year = year(school, academicYear);
    List<ElementJson> elements = body == null ? null : body.elements();
    SelfReview saved =
        reviews.save(
            school,
            year,
            elements == null
                ? null
                : elements.stream().map(e -> e == null ? null : e.draft()).toList());
    return SelfReviewJson.of(saved, reviews.find(school, ReviewYears.previous(year)));
  }

  @GET
  @Path("{id}/responses")
  @Operation(
      summary =
          "The staff questionnaire: how many answered, and the answers per element and position"
              + " as counted at the last fifth answer; counts are null below five answers")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = ResponsesJson.class)))
  @APIResponse(responseCode = "400", description = "there is no such review")
  @APIResponse(responseCode = "403", description = "another school's questionnaire")
  public ResponsesJson responses(@PathParam("id") long id) {
    return ResponsesJson.of(questionnaire.results(id));
  }

  @POST
  @Path("{id}/responses")
  @Operation(
      summary =
          "Answer the questionnaire (any member of staff of the school, once): every element at"
              + " 1 to 4. Kept only as counts; nothing records which answer was whose")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = AnsweredJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "an element is missing, repeated or not at 1 to 4; nothing was recorded")
  @APIResponse(responseCode = "403", description = "the caller is not staff of the school")
  @APIResponse(responseCode = "409", description = "the caller has already answered")
  public AnsweredJson answer(@PathParam("id") long id, AnswersRequest body) {
    return new AnsweredJson(id, questionnaire.answer(id, answers(body)));
  }

  private static Map<ReviewElement, Integer> answers(AnswersRequest body) {
    if (body == null || body.answers() == null) {
      throw new InvalidInputException(
          "Send {\"answers\": [{\"element\": \"VALUES\", \"position\": 1..4}, ...]}",
          List.of(Map.of("field", "answers", "message", "give the list of answers")));
    }
    Map<ReviewElement, Integer> answers = new EnumMap<>(ReviewElement.class);
    for (int i = 0; i < body.answers().size(); i++) {
      AnswersRequest.Answer a = body.answers().get(i);
      if (a == null || a.element() == null) {
        throw invalid("answers[" + i + "].element", "name the element");
      }
      if (answers.put(a.element(), a.position()) != null) {
        throw invalid("answers[" + i + "].element", a.element() + " is answered twice");
      }
    }
    return answers;
  }

  private static InvalidInputException invalid(String field, String message) {
    return new InvalidInputException(
        "The answers are not valid; nothing was recorded",
        List.of(Map.of("field", field, "message", message)));
  }

  private String year(long school, String academicYear) {
    return academicYear == null ? reviews.currentYear(school) : ReviewYears.require(academicYear);
  }
}
