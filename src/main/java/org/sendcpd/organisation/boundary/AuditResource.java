package org.sendcpd.organisation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.platform.entity.AuditEvent;

/** The audit log, newest first, for administrators. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  /** One audit row: ids and what happened, never the content that was seen. */
  public record AuditJson(
      Long id,
      Instant occurredAt,
      String actor,
      String action,
      String entityType,
      Long entityId,
      String detail) {
    static AuditJson of(AuditEvent e) {
      return new AuditJson(
          e.getId(),
          e.getOccurredAt(),
          e.getActor(),
          e.getAction(),
          e.getEntityType(),
          e.getEntityId(),
          e.getDetail());
    }
  }

  @PersistenceContext EntityManager em;
  @Inject CurrentUser caller;
  @Inject AccessControl access;

  @GET
  @Operation(
      operationId = "listAuditEvents",
      summary =
          "Recent audit events, newest first (ADMIN): of one action such as ACCESS_DENIED, or of"
              + " one record (entityType and entityId, e.g. StaffMember and 12). A change's detail"
              + " names each changed field with its old and new value")
  public List<AuditJson> recent(
      @QueryParam("action") String action,
      @QueryParam("entityType") String entityType,
      @QueryParam("entityId") Long entityId,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    if (!caller.has(SecurityRole.ADMIN)) {
      throw access.deny("AuditEvent", null, "the audit log is for administrators");
    }
    if (entityType != null && entityId != null) {
      return page(
          em.createNamedQuery(AuditEvent.FIND_BY_ENTITY, AuditEvent.class)
              .setParameter("entityType", entityType)
              .setParameter("entityId", entityId),
          limit);
    }
    var query =
        action == null || action.isBlank()
            ? em.createNamedQuery(AuditEvent.FIND_RECENT, AuditEvent.class)
            : em.createNamedQuery(AuditEvent.FIND_BY_ACTION, AuditEvent.class)
                .setParameter("action", action);
    return page(query, limit);
  }

  private static List<AuditJson> page(TypedQuery<AuditEvent> query, int limit) {
    return query.setMaxResults(Math.max(1, Math.min(limit, 1000))).getResultList().stream()
        .map(AuditJson::of)
        .toList();
  }
}
