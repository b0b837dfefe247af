package org.sendcpd.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.ApiScene;
import org.sendcpd.testing.WebClient;

/**
 * A SENCO's own work through the API, in a school this class makes: a course sent without its
 * school goes into the SENCO's one school, and verifying one's own record is refused in words that
 * say who verifies it instead.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SencoOwnWorkApiIT {

  @ArquillianResource URL base;

  @Test
  void aCourseSentWithoutItsSchoolBelongsToTheSencosSchool() {
    ApiScene scene = ApiScene.create(base, "Own course IT", 1);
    HttpResponse<String> created =
        scene.api.send(
            "POST",
            "api/courses",
            "application/json",
            Json.createObjectBuilder()
                .add("title", "Precision teaching twilight")
                .add("delivery", "IN_HOUSE")
                .add("hours", 1.5)
                .add("outcomes", Json.createArrayBuilder())
                .build()
                .toString(),
            "Authorization",
            scene.senco());

    assertEquals(201, created.statusCode(), created.body());
    JsonObject course = WebClient.json(created);
    assertEquals(scene.schoolId, course.getJsonNumber("schoolId").longValue(), course.toString());
  }

  @Test
  void aSencoMayNotVerifyTheirOwnRecordAndIsToldWhoMay() {
    ApiScene scene = ApiScene.create(base, "Own record IT", 1);
    HttpResponse<String> logged =
        scene.api.send(
            "POST",
            "api/cpd-records",
            "application/json",
            Json.createObjectBuilder()
                .add("title", "Local authority SENCO network meeting")
                .add("delivery", "SPECIALIST_EXTERNAL")
                .add("completedOn", LocalDate.now().minusDays(3).toString())
                .add("hours", 2)
                .add("outcomes", Json.createArrayBuilder())
                .build()
                .toString(),
            "Authorization",
            scene.senco());
    assertEquals(201, logged.statusCode(), logged.body());
    JsonObject record = WebClient.json(logged);
    assertEquals("SELF_LOGGED", record.getString("status"));

    HttpResponse<String> verified =
        scene.api.send(
            "POST",
            "api/cpd-records/" + record.getJsonNumber("id") + "/verify",
            "application/json",
            "",
            "Authorization",
            scene.senco());

    assertEquals(403, verified.statusCode(), verified.body());
    assertTrue(
        verified
            .body()
            .contains("You cannot verify your own record; another SENCO or the head must."),
        verified.body());
  }
}
