package org.sendcpd.gaps.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.ApiScene;
import org.sendcpd.testing.Pages;

/**
 * A page of the gaps is worked out once and sent again while the school's data holds: a client that
 * holds it is told so (304 to If-None-Match), another school's writes leave it current, and a write
 * to the school's own data makes a new page at once. Two schools of the test's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeptAnswersIT {

  @ArquillianResource URL base;

  @Test
  void anotherSchoolsWritesKeepThePageAndTheSchoolsOwnMakeANewOne() {
    ApiScene north = ApiScene.create(base, "Kept North", 3);
    ApiScene south = ApiScene.create(base, "Kept South", 3);
    String page = "api/analysis/gaps?schoolId=" + north.schoolId + "&size=10";

    HttpResponse<String> first = north.api.get(page, "Authorization", north.senco());
    assertEquals(200, first.statusCode(), first.body());
    String tag = first.headers().firstValue("ETag").orElseThrow();
    assertTrue(Pages.array(first.body()).size() > 0, "the TAs' rows");
    assertEquals("4", first.headers().firstValue("X-Total-Count").orElse(""), "SENCO and 3 TAs");
    assertTrue(first.headers().firstValue("Link").orElse("").contains("rel=\"first\""));

    HttpResponse<String> again = north.api.get(page, "Authorization", north.senco());
    assertEquals(tag, again.headers().firstValue("ETag").orElseThrow(), "the same page");
    assertEquals(first.body(), again.body());
    assertEquals(304, held(north, page, tag).statusCode(), "a client holding it is told so");

    south.session(20, 6);
    assertEquals(304, held(north, page, tag).statusCode(), "another school's session");

    north.session(20, 6);
    HttpResponse<String> after = held(north, page, tag);
    assertEquals(200, after.statusCode(), "the school's own session makes a new page");
    assertNotEquals(tag, after.headers().firstValue("ETag").orElseThrow());
    assertEquals(Pages.array(first.body()).size(), Pages.array(after.body()).size());

    String capacity = "api/analysis/capacity?schoolId=" + north.schoolId;
    HttpResponse<String> made = north.api.get(capacity, "Authorization", north.senco());
    assertEquals(200, made.statusCode(), made.body());
    assertTrue(made.body().contains("\"holdings\""), made.body());
    String capacityTag = made.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, held(north, capacity, capacityTag).statusCode(), "the capacity is kept too");
    south.session(30, 6);
    assertEquals(304, held(north, capacity, capacityTag).statusCode(), "another school's write");

    HttpResponse<String> stranger = south.api.get(page, "Authorization", south.senco());
    assertEquals(403, stranger.statusCode(), "another school's SENCO is refused, kept or not");
  }

  private static HttpResponse<String> held(ApiScene scene, String page, String tag) {
    return scene.api.get(page, "Authorization", scene.senco(), "If-None-Match", tag);
  }
}
