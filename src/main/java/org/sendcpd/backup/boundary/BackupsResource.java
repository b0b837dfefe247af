package org.sendcpd.backup.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.backup.control.BackupInfo;
import org.sendcpd.backup.control.Backups;

/**
 * Backups for administrators: take one now, list them. Only names, times and sizes are shown; there
 * is no way to download a backup over HTTP.
 */
@Path("backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackupsResource {

  /** One finished backup. */
  public record BackupJson(String name, Instant takenAt, long sizeBytes, long tookMillis) {
    static BackupJson of(BackupInfo b) {
      return new BackupJson(b.name(), b.takenAt(), b.sizeBytes(), b.tookMillis());
    }
  }

  /** The listing: whether backups work here (not on PostgreSQL), the nightly plan, the backups. */
  public record BackupsJson(
      boolean available, String message, String nightlyAt, int keep, List<BackupJson> backups) {}

  @Inject Backups backups;
  @Inject AdminOnly admin;

  @GET
  @Operation(summary = "The backups, newest first, and the nightly plan (ADMIN)")
  public BackupsJson list() {
    admin.require();
    return new BackupsJson(
        backups.isAvailable(),
        backups.isAvailable() ? null : Backups.UNAVAILABLE,
        backups.nightlyAt().map(Object::toString).orElse(null),
        backups.keep(),
        backups.list().stream().map(BackupJson::of).toList());
  }

  @POST
  @Operation(
      operationId = "takeBackup",
      summary =
          "Take an online backup of the database and the evidence files now (ADMIN); 409 while"
              + " one runs, 501 on PostgreSQL")
  @APIResponse(
      responseCode = "201",
      description = "The backup taken; Location names it",
      content = @Content(schema = @Schema(implementation = BackupJson.class)))
  @APIResponse(responseCode = "409", description = "A backup is running already")
  public Response take() {
    String by = admin.require();
    if (!backups.isAvailable()) {
      throw new WebApplicationException(Backups.UNAVAILABLE, 501);
    }
    return Response.status(Response.Status.CREATED).entity(BackupJson.of(backups.take(by))).build();
  }
}
