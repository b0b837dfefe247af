package org.sendcpd.demand.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.sendcpd.demand.control.NeedProfiles;
import org.sendcpd.demand.entity.NeedProfile;
import org.sendcpd.organisation.control.SchoolChoice;
import org.sendcpd.platform.control.InvalidInputException;
import org.sendcpd.ui.EntityTags;

/** Pupils per area of need, for the whole school and by year group: counts only, never names. */
@Path("need-profiles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NeedProfilesResource {

  @Inject NeedProfiles profiles;
  @Inject SchoolChoice schools;
  @Inject EntityTags tags;

  @GET
  @Operation(summary = "The need profiles of a school (the caller's own unless schoolId is given)")
  public List<NeedProfileJson> list(@QueryParam("schoolId") Long schoolId) {
    return profiles.inSchool(schools.resolve(schoolId)).stream().map(NeedProfileJson::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One need profile; its ETag is what If-Match names to replace it")
  public NeedProfileJson read(@PathParam("id") long id) {
    NeedProfile profile = profiles.find(id).orElseThrow(NotFoundException::new);
    tags.answer(profile.getRowVersion());
    return NeedProfileJson.of(profile);
  }

  @PUT
  @Operation(
      summary =
          "Create or replace the profile of a year group (yearGroup null: the whole school);"
              + " areas left out count nobody. With If-Match a copy someone changed since is"
              + " refused with 412")
  @Extension(name = "x-if-match", value = "true")
  public NeedProfileJson save(NeedProfileJson json) {
    if (json == null) {
      throw new InvalidInputException("Send the need profile as JSON");
    }
    long school = schools.resolve(json.schoolId());
    NeedProfile saved = profiles.save(school, json.groupName(), json.areaCounts(), tags.expected());
    tags.answer(saved.getRowVersion());
    return NeedProfileJson.of(saved);
  }
}
