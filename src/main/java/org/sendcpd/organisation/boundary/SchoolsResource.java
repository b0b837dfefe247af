package org.sendcpd.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.SchoolPhase;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.platform.control.AuditLog;
import org.sendcpd.platform.control.ConflictException;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.Validation;

/** The schools of the installation: everyone sees their own; trust leads and admins see all. */
@Path("schools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolsResource {

  /** A school as the API shows and takes it. */
  public record SchoolJson(Long id, String name, String urn, SchoolPhase phase) {
    static SchoolJson of(School s) {
      return new SchoolJson(s.getId(), s.getName(), s.getUrn(), s.getPhase());
    }
  }

  @PersistenceContext EntityManager em;
  @Inject AccessControl access;
  @Inject CurrentUser caller;
  @Inject AuditLog audit;
  @Inject Validation validation;

  @GET
  @Operation(summary = "The schools the caller may see")
  public List<SchoolJson> list() {
    List<School> all = em.createNamedQuery(School.FIND_ALL, School.class).getResultList();
    if (access.maySeeAllSchools()) {
      return all.stream().map(SchoolJson::of).toList();
    }
    Long mine = caller.schoolId().orElse(null);
    return all.stream().filter(s -> s.getId().equals(mine)).map(SchoolJson::of).toList();
  }

  @POST
  @Transactional
  @Operation(summary = "Add a school (ADMIN or TRUST_LEAD)")
  @APIResponse(
      responseCode = "201",
      description = "The school added; Location names it",
      content = @Content(schema = @Schema(implementation = SchoolJson.class)))
  @APIResponse(responseCode = "409", description = "A school with that URN exists already")
  public Response create(SchoolJson json, @Context UriInfo uri) {
    if (!caller.hasAny(SecurityRole.ADMIN, SecurityRole.TRUST_LEAD)) {
      throw access.deny("School", null, "only administrators and trust leads add schools");
    }
    if (json == null) {
      throw new InvalidInputException("Send the school as JSON");
    }
    if (json.urn() != null
        && !em.createNamedQuery(School.FIND_BY_URN, School.class)
            .setParameter("urn", json.urn())
            .getResultList()
            .isEmpty()) {
      throw new ConflictException("A school with URN " + json.urn() + " exists already");
    }
    School school = validation.require(new School(json.name(), json.urn(), json.phase()));
    em.persist(school);
    em.flush();
    audit.record(caller.username(), "SCHOOL_CREATED", "School", school.getId(), null);
    return Response.created(uri.getAbsolutePathBuilder().path(school.getId().toString()).build())
        .entity(SchoolJson.of(school))
        .build();
  }
}
