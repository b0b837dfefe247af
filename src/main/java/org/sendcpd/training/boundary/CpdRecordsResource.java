package org.sendcpd.training.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.SchoolChoice;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.platform.control.Page;
import org.sendcpd.platform.control.PageRequest;
import org.sendcpd.training.boundary.CpdRecordJson.EvidenceJson;
import org.sendcpd.training.boundary.CpdRecordJson.RejectionJson;
import org.sendcpd.training.control.Certificates;
import org.sendcpd.training.control.Certificates.CertificateFile;
import org.sendcpd.training.control.CpdLogging;
import org.sendcpd.training.control.CpdRecords;
import org.sendcpd.training.control.Verification;
import org.sendcpd.training.entity.CpdRecord;
import org.sendcpd.training.entity.Evidence;
import org.sendcpd.ui.EntityTags;

/** CPD records: a person's ledger, logging, certificates and the SENCO's verification queue. */
@Path("cpd-records")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CpdRecordsResource {

  @Inject CpdRecords records;
  @Inject CpdLogging logging;
  @Inject Verification verification;
  @Inject Certificates certificates;
  @Inject CurrentUser caller;
  @Inject SchoolChoice schools;
  @Inject EntityTags tags;

  @GET
  @Operation(
      summary =
          "A person's CPD records, newest first (the caller's own unless staffId), one page at a"
              + " time: page counts from 0, size is 1 to 500 records (default 50);"
              + " X-Total-Count is the person's number of records, Link the other pages")
  @APIResponse(
      responseCode = "200",
      content =
          @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CpdRecordJson.class)),
      headers = @Header(name = "X-Total-Count", description = "the person's records, all pages"))
  public Page<CpdRecordJson> list(
      @QueryParam("staffId") Long staffId,
      @Parameter(description = "page number from 0 (default 0)") @QueryParam("page") String page,
      @Parameter(description = "records per page, 1 to 500 (default 50)") @QueryParam("size")
          String size) {
    PageRequest request = PageRequest.of(page, size);
    long person =
        staffId != null
            ? staffId
            : caller
                .staffId()
                .orElseThrow(() -> new InvalidInputException("Name the person with staffId"));
    return records.ofStaff(person, request).map(CpdRecordJson::of);
  }

  @GET
  @Path("pending")
  @Operation(
      operationId = "listPendingCpdRecords",
      summary = "The verification queue of a school: self-logged records, oldest first")
  public List<CpdRecordJson> pending(@QueryParam("schoolId") Long schoolId) {
    return verification.pending(schools.resolve(schoolId)).stream().map(CpdRecordJson::of).toList();
  }

  @GET
  @Path("{id: \\d+}")
  @Operation(summary = "One CPD record, with its outcomes and evidence")
  public CpdRecordJson read(@PathParam("id") long id) {
    CpdRecord record = records.read(id).orElseThrow(NotFoundException::new);
    tags.answer(record.getRowVersion());
    return CpdRecordJson.of(record);
  }

  @POST
  @Operation(
      summary =
          "Log CPD: for oneself (SELF_LOGGED, pending) or, as SENCO, for someone in the school"
              + " (verified at once); with intendedChange {text, areaCode} the person plans a"
              + " follow-up, due cpd.follow-up.weeks (default 6) after completion")
  @APIResponse(
      responseCode = "201",
      description = "The record logged; Location names it",
      content = @Content(schema = @Schema(implementation = CpdRecordJson.class)))
  public Response log(CpdRecordJson json) {
    if (json == null) {
      throw new InvalidInputException("Send the CPD record as JSON");
    }
    FollowUpJson.IntendedChangeJson change = json.intendedChange();
    CpdRecordJson saved =
        CpdRecordJson.of(
            logging.log(
                json.draft(),
                null,
                null,
                change == null ? null : change.text(),
                change == null ? null : change.areaCode()));
    return Response.created(URI.create("cpd-records/" + saved.id())).entity(saved).build();
  }

  @PUT
  @Path("{id: \\d+}")
  @Operation(
      summary =
          "Change one's own record while it waits for verification. With If-Match a copy changed"
              + " since is refused with 412")
  @Extension(name = "x-if-match", value = "true")
  public CpdRecordJson revise(@PathParam("id") long id, CpdRecordJson json) {
    if (json == null) {
      throw new InvalidInputException("Send the CPD record as JSON");
    }
    CpdRecord saved = records.revise(id, tags.expected(), json.draft());
    tags.answer(saved.getRowVersion());
    return CpdRecordJson.of(saved);
  }

  @POST
  @Path("{id: \\d+}/evidence")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      operationId = "addCpdRecordEvidence",
      summary = "Add a certificate (part \"file\"): PDF, PNG or JPEG by content, 10 MB")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      requiredProperties = "file",
                      properties =
                          @SchemaProperty(
                              name = "file",
                              type = SchemaType.STRING,
                              format = "binary"))))
  @APIResponse(
      responseCode = "201",
      description = "The certificate attached; Location names it",
      content = @Content(schema = @Schema(implementation = EvidenceJson.class)))
  public Response addEvidence(@PathParam("id") long id, @FormParam("file") EntityPart file) {
    if (file == null) {
      throw new InvalidInputException("Send the certificate as the multipart part \"file\"");
    }
    Evidence saved =
        certificates.attach(id, file.getContent(), file.getFileName().orElse("certificate"));
    EvidenceJson json = EvidenceJson.of(saved);
    return Response.created(URI.create(json.href())).entity(json).build();
  }

  @GET
  @Path("{id: \\d+}/evidence/{evidenceId: \\d+}")
  @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "downloadCpdRecordEvidence",
      summary = "Download a certificate, as an attachment")
  @APIResponse(
      responseCode = "200",
      description = "The certificate, as an attachment",
      content = {
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "image/png",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = "image/jpeg",
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  public Response evidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
    CertificateFile certificate =
        certificates.read(id, evidenceId).orElseThrow(NotFoundException::new);
    return Response.ok(certificate.file().toFile(), certificate.evidence().getContentType())
        .header("Content-Disposition", CertificateDownload.disposition(certificate.downloadName()))
        .build();
  }

  @POST
  @Path("{id: \\d+}/verify")
  @Operation(
      summary =
          "Verify a pending record (the SENCO or head of the person's school). With If-Match a"
              + " record its owner changed since is refused with 412")
  @Extension(name = "x-if-match", value = "true")
  public CpdRecordJson verify(@PathParam("id") long id) {
    CpdRecord verified = verification.verify(id, tags.expected());
    tags.answer(verified.getRowVersion());
    return CpdRecordJson.of(verified);
  }

  @POST
  @Path("{id: \\d+}/reject")
  @Operation(
      summary =
          "Reject a pending record with a reason the person will read. With If-Match a record its"
              + " owner changed since is refused with 412")
  @Extension(name = "x-if-match", value = "true")
  public CpdRecordJson reject(@PathParam("id") long id, RejectionJson rejection) {
    CpdRecord rejected =
        verification.reject(id, rejection == null ? null : rejection.reason(), tags.expected());
    tags.answer(rejected.getRowVersion());
    return CpdRecordJson.of(rejected);
  }
}
