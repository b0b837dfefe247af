package org.sendcpd.outreach.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.outreach.control.OutreachOffers;
import org.sendcpd.platform.control.InvalidInputException;

@Path("me/outreach")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyOutreachResource {

  @Inject OutreachOffers offers;

  @GET
  @Operation(summary = "The signed-in person's outreach offer (not available until they say so)")
  @APIResponse(responseCode = "200", description = "the offer")
  @APIResponse(responseCode = "403", description = "an account without a staff record")
  public OutreachJson mine() {
    return OutreachJson.of(offers.mine());
  }

  @PUT
  @Operation(
      summary =
          "Offer (available: true) or withdraw (false) to be found by the other schools of the"
              + " trust for outreach, with a short note of what you offer (at most 500"
              + " characters)")
  @APIResponse(responseCode = "200", description = "the offer as saved")
  @APIResponse(
      responseCode = "400",
      description = "available missing or not true/false, note too long")
  @APIResponse(responseCode = "403", description = "an account without a staff record")
  public OutreachJson save(OutreachJson offer) {
    if (offer == null || offer.available() == null) {
      throw new InvalidInputException(
          "Say whether you are available",
          List.of(Map.of("field", "available", "message", "true or false")));
    }
    return OutreachJson.of(offers.save(offer.available(), offer.note()));
  }
}
