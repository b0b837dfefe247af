package org.sendcpd.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.Retention;
import org.sendcpd.organisation.control.Retention.DueLeaver;
import org.sendcpd.organisation.entity.SecurityRole;

/** The retention rule for leavers, for administrators: who is due, and removing their details. */
@Path("retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

  public record DueJson(int years, List<DueLeaver> due) {}

  public record RunJson(int anonymised) {}

  @Inject Retention retention;
  @Inject CurrentUser caller;
  @Inject AccessControl access;

  @GET
  @Operation(
      operationId = "listDueLeavers",
      summary =
          "Leavers whose personal details are due for removal (cpd.retention.years after leaving);"
              + " schoolId for one school")
  public DueJson due(@QueryParam("schoolId") Long schoolId) {
    requireAdmin();
    return new DueJson(retention.years(), retention.due(LocalDate.now(), schoolId));
  }

  @POST
  @Path("run")
  @Operation(
      operationId = "runRetention",
      summary =
          "Removes the personal details of every leaver due now; records and hours stay (also"
              + " run nightly)")
  public RunJson run(@QueryParam("schoolId") Long schoolId) {
    requireAdmin();
    return new RunJson(retention.anonymiseDue(LocalDate.now(), schoolId, caller.username()));
  }

  private void requireAdmin() {
    if (!caller.has(SecurityRole.ADMIN)) {
      throw access.deny("Retention", null, "the retention rule is for administrators");
    }
  }
}
