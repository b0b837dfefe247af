package org.sendcpd.impact.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.impact.control.PriorityImpacts;
import org.sendcpd.organisation.control.SchoolChoice;
import org.sendcpd.platform.control.InvalidInputException;

/** The impact chain per development-plan priority, for the SENCO, the head and governors. */
@Path("analysis/impact")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImpactResource {

  @Inject PriorityImpacts impacts;
  @Inject SchoolChoice schools;

  @GET
  @Operation(
      summary =
          "Per priority of the date's academic year and the year before (or priorityId): its"
              + " competences, and per term and for the year peopleTrained, cpdHours, spend,"
              + " evaluation averages (null below 5 answers), confidenceBefore/After, followUps"
              + " {notYet, tried, embedded, due} and measures. Association, not cause")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ImpactJson.class)))
  @APIResponse(responseCode = "400", description = "a date that is not ISO-8601")
  @APIResponse(responseCode = "403", description = "not the school's SENCO or head")
  public List<ImpactJson> impact(
      @QueryParam("schoolId") Long schoolId,
      @QueryParam("date") String date,
      @QueryParam("priorityId") Long priorityId) {
    LocalDate on = date(date);
    return impacts.of(schools.resolve(schoolId), on, priorityId).stream()
        .map(ImpactJson::of)
        .toList();
  }

  static LocalDate date(String date) {
    if (date == null || date.isBlank()) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(date);
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidInputException("date must be a day such as 2026-11-22");
    }
  }
}
