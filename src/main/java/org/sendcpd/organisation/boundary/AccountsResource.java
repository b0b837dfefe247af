package org.sendcpd.organisation.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sendcpd.organisation.control.AccessControl;
import org.sendcpd.organisation.control.AccountService;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.SignInGuard;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.ui.EntityTags;

/** Sign-in accounts, for administrators only. */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

  @Inject AccountService accounts;
  @Inject AccessControl access;
  @Inject CurrentUser caller;
  @Inject EntityTags tags;
  @Inject SignInGuard signIns;

  @GET
  @Operation(summary = "Every account (ADMIN)")
  public List<AccountJson> list() {
    requireAdmin(null);
    Map<String, Instant> locked = signIns.lockedAccounts();
    return accounts.all().stream()
        .map(a -> AccountJson.of(a, locked.get(a.getUsername())))
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One account (ADMIN); its ETag is what If-Match names to change it")
  public AccountJson read(@PathParam("id") long id) {
    requireAdmin(id);
    UserAccount account = accounts.find(id).orElseThrow(NotFoundException::new);
    tags.answer(account.getRowVersion());
    return json(account);
  }

  @POST
  @Operation(summary = "Create an account (ADMIN)")
  @APIResponse(
      responseCode = "201",
      description = "The account; Location names it",
      content = @Content(schema = @Schema(implementation = AccountJson.class)))
  @APIResponse(responseCode = "409", description = "The username is taken")
  public Response create(AccountRequest request, @Context UriInfo uri) {
    requireAdmin(null);
    if (request == null) {
      throw new InvalidInputException("Send the account as JSON");
    }
    UserAccount account =
        accounts.create(request.username(), request.password(), request.staffId(), request.roles());
    return Response.created(uri.getAbsolutePathBuilder().path(account.getId().toString()).build())
        .entity(json(account))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Change an account's roles, password, staff record or enabled flag (ADMIN)")
  @Extension(name = "x-if-match", value = "true")
  public AccountJson change(@PathParam("id") long id, AccountRequest request) {
    requireAdmin(id);
    if (request == null) {
      throw new InvalidInputException("Send the changes as JSON");
    }
    accounts.find(id).orElseThrow(NotFoundException::new);
    UserAccount saved =
        accounts.change(
            id,
            tags.expected(),
            request.password(),
            request.staffId(),
            request.roles(),
            request.enabled(),
            request.mustChangePassword());
    tags.answer(saved.getRowVersion());
    return json(saved);
  }

  @POST
  @Path("{id}/unlock")
  @Operation(summary = "End a sign-in lock of the account at once (ADMIN); audited")
  public AccountJson unlock(@PathParam("id") long id) {
    requireAdmin(id);
    accounts.find(id).orElseThrow(NotFoundException::new);
    return json(accounts.unlock(id));
  }

  @POST
  @Path("{id}/sign-out-everywhere")
  @Operation(
      operationId = "signOutAccountEverywhere",
      summary = "End every session and API sign-in of the account (ADMIN); audited")
  public AccountJson signOutEverywhere(@PathParam("id") long id) {
    requireAdmin(id);
    accounts.find(id).orElseThrow(NotFoundException::new);
    return json(accounts.signOutEverywhere(id));
  }

  private AccountJson json(UserAccount account) {
    return AccountJson.of(account, signIns.lockedUntil(account.getUsername()).orElse(null));
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete an account (ADMIN)")
  @APIResponse(responseCode = "204", description = "Deleted")
  public Response delete(@PathParam("id") long id) {
    requireAdmin(id);
    accounts.find(id).orElseThrow(NotFoundException::new);
    accounts.delete(id);
    return Response.noContent().build();
  }

  private void requireAdmin(Long id) {
    if (!caller.has(SecurityRole.ADMIN)) {
      throw access.deny("UserAccount", id, "accounts are for administrators");
    }
  }
}
