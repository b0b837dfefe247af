package org.sendcpd.demand.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.sendcpd.demand.control.CoverageRules;
import org.sendcpd.demand.entity.CoverageRule;
import org.sendcpd.organisation.control.SchoolChoice;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.ui.EntityTags;

/** The minimums a school sets itself: list, create, change, and deactivate (DELETE). */
@Path("coverage-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoverageRulesResource {

  @Inject CoverageRules rules;
  @Inject SchoolChoice schools;
  @Inject EntityTags tags;

  @GET
  @Operation(summary = "The coverage rules of a school, inactive ones included")
  public List<CoverageRuleJson> list(@QueryParam("schoolId") Long schoolId) {
    return rules.inSchool(schools.resolve(schoolId)).stream().map(CoverageRuleJson::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One coverage rule; its ETag is what If-Match names to change it")
  public CoverageRuleJson read(@PathParam("id") long id) {
    CoverageRule rule = rules.find(id).orElseThrow(NotFoundException::new);
    tags.answer(rule.getRowVersion());
    return CoverageRuleJson.of(rule);
  }

  @POST
  @Operation(
      summary =
          "Add a coverage rule to a school; days (MON to FRI) limit it to those school days. A"
              + " scope naming a group adults are deployed to counts the adults there day by day")
  @APIResponse(
      responseCode = "201",
      description = "The rule added; Location names it",
      content = @Content(schema = @Schema(implementation = CoverageRuleJson.class)))
  public Response create(CoverageRuleJson json, @Context UriInfo uri) {
    CoverageRule rule = rules.create(schools.resolve(required(json).schoolId()), json.draft());
    return Response.created(uri.getAbsolutePathBuilder().path(rule.getId().toString()).build())
        .entity(CoverageRuleJson.of(rule))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary =
          "Change a coverage rule; send active false or true to switch it off or on. With If-Match"
              + " a copy someone changed since is refused with 412")
  @Extension(name = "x-if-match", value = "true")
  public CoverageRuleJson update(@PathParam("id") long id, CoverageRuleJson json) {
    required(json);
    CoverageRule saved =
        rules
            .update(id, tags.expected(), json.schoolId(), json.draft())
            .orElseThrow(NotFoundException::new);
    tags.answer(saved.getRowVersion());
    return CoverageRuleJson.of(saved);
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary =
          "Deactivate a coverage rule: it stays listed with active false and can be switched on"
              + " again with PUT")
  @Extension(name = "x-if-match", value = "true")
  public CoverageRuleJson delete(@PathParam("id") long id) {
    return rules.deactivate(id).map(CoverageRuleJson::of).orElseThrow(NotFoundException::new);
  }

  private static CoverageRuleJson required(CoverageRuleJson json) {
    if (json == null) {
      throw new InvalidInputException("Send the coverage rule as JSON");
    }
    return json;
  }
}
