package org.sendcpd.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.junit.jupiter.api.Test;

/** How the OpenAPI filter names operations, paths and formats, without a server. */
class ApiOperationIdsTest {

  @Test
  void aOneWordMethodGetsItsSubjectFromThePath() {
    assertEquals("Courses", ApiOperationIds.subject("/api/courses", HttpMethod.GET, "list"));
    assertEquals("Course", ApiOperationIds.subject("/api/courses", HttpMethod.POST, "create"));
    assertEquals("Course", ApiOperationIds.subject("/api/courses/{id}", HttpMethod.GET, "read"));
    assertEquals(
        "CpdRecord",
        ApiOperationIds.subject("/api/cpd-records/{id}/verify", HttpMethod.POST, "verify"));
    assertEquals(
        "SessionBookings",
        ApiOperationIds.subject("/api/sessions/{sessionId}/bookings", HttpMethod.GET, "list"));
    assertEquals(
        "MyCalendarFeed",
        ApiOperationIds.subject("/api/me/calendar-feed", HttpMethod.DELETE, "revoke"));
  }

  @Test
  void pluralsBecomeSingular() {
    assertEquals("Priority", ApiOperationIds.singular("Priorities"));
    assertEquals("CoverageRule", ApiOperationIds.singular("CoverageRules"));
    assertEquals("Staff", ApiOperationIds.singular("Staff"));
    assertEquals("Analysis", ApiOperationIds.singular("Analysis"));
  }

  @Test
  void pathTemplatesLoseTheirRegularExpressions() {
    assertEquals(
        "/api/cpd-records/{id}/evidence/{evidenceId}",
        ApiContract.plain("/api/cpd-records/{id: \\d+}/evidence/{evidenceId: \\d+}"));
    assertEquals("/api/courses/{id}", ApiContract.plain("/api/courses/{id}"));
  }

  @Test
  void yamlOnlyWhenAskedFor() {
    assertFalse(OpenApiFormat.wantsYaml(null, null));
    assertFalse(OpenApiFormat.wantsYaml(null, "*/*"));
    assertFalse(OpenApiFormat.wantsYaml(null, "text/html,application/xhtml+xml,*/*;q=0.8"));
    assertFalse(OpenApiFormat.wantsYaml("json", "application/yaml"));
    assertTrue(OpenApiFormat.wantsYaml("yaml", null));
    assertTrue(OpenApiFormat.wantsYaml(null, "application/yaml"));
    assertTrue(OpenApiFormat.wantsYaml(null, "text/plain"));
  }
}
