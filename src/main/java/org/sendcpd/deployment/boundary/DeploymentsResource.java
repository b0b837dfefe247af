package org.sendcpd.deployment.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.deployment.control.Deployments;
import org.sendcpd.platform.control.InvalidInputException;

/** Where one adult works: groups and school days, with dates for a move. */
@Path("staff/{id}/deployments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeploymentsResource {

  @Inject Deployments deployments;

  @GET
  @Operation(
      summary =
          "The groups and days the person works (the person, their line manager, the SENCO and"
              + " head of their school)")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(
              schema = @Schema(type = SchemaType.ARRAY, implementation = DeploymentJson.class)))
  @APIResponse(responseCode = "403", description = "another school's person")
  @APIResponse(responseCode = "404", description = "no such person")
  public List<DeploymentJson> read(@PathParam("id") long id) {
    return deployments.of(id).orElseThrow(NotFoundException::new).stream()
        .map(DeploymentJson::of)
        .toList();
  }

  @PUT
  @Operation(
      summary =
          "Replace the person's deployments (SENCO and head of their school): each entry a group"
              + " (class, year group or provision, as need profiles name it), days MON to FRI,"
              + " and optional from and to dates. All or nothing; an empty list removes them all")
  @APIResponse(
      responseCode = "200",
      description = "the person's deployments as saved",
      content =
          @Content(
              schema = @Schema(type = SchemaType.ARRAY, implementation = DeploymentJson.class)))
  @APIResponse(
      responseCode = "400",
      description = "a field is wrong (named as [i].field): nothing was saved")
  @APIResponse(responseCode = "403", description = "another school's person")
  @APIResponse(responseCode = "404", description = "no such person")
  public List<DeploymentJson> replace(@PathParam("id") long id, List<DeploymentJson> list) {
    if (list == null) {
      throw new InvalidInputException("Send the deployments as a JSON array");
    }
    return deployments
        .replace(id, DeploymentJson.drafts(list))
        .orElseThrow(NotFoundException::new)
        .stream()
        .map(DeploymentJson::of)
        .toList();
  }
}
