package org.sendcpd.selfreview.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.WebClient;

/**
 * The self-review's API as its rules say: only the school's SENCO and head place it (others get 403
 * saying why), staff answer once, counts stay null below five answers and move only in steps of
 * five, another school sees nothing, the indicators answer for those who see the school, and
 * hostile bodies are refused with a 4xx naming the field while nothing changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelfReviewApiIT {

  static final String PLACED =
      "{\"elements\": [{\"element\": \"VALUES\", \"position\": 2, \"evidence\": \"A start\"},"
          + " {\"element\": \"TEACHING_AND_LEARNING\", \"position\": 1}]}";

  @ArquillianResource URL base;

  @Test
  void aTeachingAssistantMayNotPlaceTheReviewAndIsToldWhy() {
    ReviewScene scene = ReviewScene.create(base, "Review access", 1);
    String before = put(scene, scene.senco(), PLACED).body();
    HttpResponse<String> refused = put(scene, scene.as(scene.tas.get(0)), PLACED.replace("2", "4"));
    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("SENCO and head"), refused.body());
    assertEquals(elements(before), elements(get(scene).body()), "nothing changed");
    assertEquals(403, get(scene, scene.as(scene.tas.get(0))).statusCode(), "nor may a TA read it");
  }

  @Test
  void countsStayNullBelowFiveAnswersAndMoveOnlyInStepsOfFive() {
    ReviewScene scene = ReviewScene.create(base, "Review counts", 6);
    long id = WebClient.json(put(scene, scene.senco(), PLACED)).getJsonNumber("id").longValue();
    for (int i = 0; i < 4; i++) {
      assertEquals(200, answer(scene, id, scene.tas.get(i), 1 + i % 4).statusCode());
      JsonObject shown = responses(scene, id, scene.senco());
      assertEquals(i + 1, shown.getInt("respondents"));
      assertEquals(JsonValue.ValueType.NULL, shown.get("counts").getValueType(), shown.toString());
    }
    HttpResponse<String> twice = answer(scene, id, scene.tas.get(0), 3);
    assertEquals(409, twice.statusCode(), twice.body());
    assertEquals(200, answer(scene, id, scene.tas.get(4), 4).statusCode());
    JsonObject five = responses(scene, id, scene.senco());
    assertEquals(5, five.getInt("countedRespondents"));
    List<JsonObject> counts = five.getJsonArray("counts").getValuesAs(JsonObject.class);
    assertEquals(5, counts.size());
    for (JsonObject element : counts) {
      int sum =
          element.getJsonArray("positions").getValuesAs(jakarta.json.JsonNumber.class).stream()
              .mapToInt(jakarta.json.JsonNumber::intValue)
              .sum();
      assertEquals(5, sum, element.toString());
    }
    assertEquals("[1,1,1,2]", counts.get(0).getJsonArray("positions").toString());

    assertEquals(200, answer(scene, id, scene.tas.get(5), 4).statusCode());
    JsonObject six = responses(scene, id, scene.senco());
    assertEquals(6, six.getInt("respondents"));
    assertEquals(5, six.getInt("countedRespondents"), "a sixth answer is not shown alone");
    assertEquals(five.get("counts"), six.get("counts"));
    assertEquals(
        five.get("counts"),
        responses(scene, id, scene.as(scene.tas.get(0))).get("counts"),
        "staff of the school read the same counts");

    ReviewScene other = ReviewScene.create(base, "Review other school", 1);
    assertEquals(
        403,
        scene
            .api
            .get("api/self-reviews/" + id + "/responses", "Authorization", other.senco())
            .statusCode());
    HttpResponse<String> outsider = answer(other, id, other.tas.get(0), 2);
    assertEquals(403, outsider.statusCode(), outsider.body());
    assertEquals(6, responses(scene, id, scene.senco()).getInt("respondents"));
  }

  @Test
  void hostileBodiesAreRefusedByFieldAndChangeNothing() {
    ReviewScene scene = ReviewScene.create(base, "Review hostile", 1);
    long id = WebClient.json(put(scene, scene.senco(), PLACED)).getJsonNumber("id").longValue();
    String before = get(scene).body();
    String huge = "x".repeat(2001);
    List<String[]> cases =
        List.of(
            new String[] {"{\"elements\": [", "body"},
            new String[] {
              "{\"elements\": [{\"element\": \"KINDNESS\", \"position\": 2}]}", "element"
            },
            new String[] {
              "{\"elements\": [{\"element\": \"VALUES\", \"position\": 0}]}", "elements[0].position"
            },
            new String[] {
              "{\"elements\": [{\"element\": \"VALUES\", \"position\": 5}]}", "elements[0].position"
            },
            new String[] {
              "{\"elements\": [{\"element\": \"VALUES\", \"position\": \"two\"}]}", "position"
            },
            new String[] {
              "{\"elements\": [{\"element\": \"VALUES\", \"position\": 3, \"evidence\": \""
                  + huge
                  + "\"}]}",
              "elements[0].evidence"
            },
            new String[] {
              "{\"elements\": [{\"element\": \"VALUES\", \"position\": 3},"
                  + " {\"element\": \"VALUES\", \"position\": 4}]}",
              "elements[1].element"
            },
            new String[] {"{}", "elements"},
            new String[] {"[1, 2]", "body"});
    for (String[] c : cases) {
      HttpResponse<String> refused = put(scene, scene.senco(), c[0]);
      assertEquals(400, refused.statusCode(), c[0] + " -> " + refused.body());
      assertTrue(refused.body().contains(c[1]), c[0] + " names " + c[1] + ": " + refused.body());
      assertEquals(elements(before), elements(get(scene).body()), "nothing changed by " + c[0]);
    }
    HttpResponse<String> megabyte =
        put(
            scene,
            scene.senco(),
            "{\"elements\": [{\"element\": \"VALUES\", \"position\": 3,"
                + " \"evidence\": \""
                + "y".repeat(1024 * 1024)
                + "\"}]}");
    assertEquals(400, megabyte.statusCode(), "a 1 MB evidence note");
    assertTrue(megabyte.body().contains("elements[0].evidence"), megabyte.body());
    assertEquals(elements(before), elements(get(scene).body()));

    String ta = scene.tas.get(0);
    for (String body :
        List.of(
            "{\"answers\": [",
            "{\"answers\": [{\"element\": \"KINDNESS\", \"position\": 1}]}",
            "{\"answers\": [{\"element\": \"VALUES\", \"position\": 5}]}",
            "{\"answers\": [{\"element\": \"VALUES\", \"position\": 2}]}",
            "{}")) {
      HttpResponse<String> refused =
          scene.api.send(
              "POST",
              "api/self-reviews/" + id + "/responses",
              "application/json",
              body,
              "Authorization",
              scene.as(ta));
      assertEquals(400, refused.statusCode(), body + " -> " + refused.body());
      assertEquals(0, responses(scene, id, scene.senco()).getInt("respondents"), body);
    }
    assertEquals(200, answer(scene, id, ta, 2).statusCode(), "the TA may still answer properly");
  }

  @Test
  void theIndicatorsAnswerForThoseWhoSeeTheSchool() {
    ReviewScene scene = ReviewScene.create(base, "Review indicators", 2);
    HttpResponse<String> shown =
        scene.api.get(
            "api/analysis/whole-school?schoolId=" + scene.school.schoolId,
            "Authorization",
            scene.senco());
    assertEquals(200, shown.statusCode(), shown.body());
    JsonObject w = WebClient.json(shown);
    assertEquals(4, w.getJsonObject("staffWhoLedTraining").getInt("inPost"), w.toString());
    assertEquals(2, w.getJsonObject("cpdHoursTeachersVsTas").getInt("tas"), w.toString());
    assertEquals(JsonValue.ValueType.NULL, w.get("specialistHeldBySencoShare").getValueType());
    assertTrue(w.containsKey("teachersEnhancedShareByArea"));
    assertEquals(0, w.getJsonObject("singlePointsOfFailure").getInt("onlyHolderIsSenco"));
    assertEquals(
        403,
        scene
            .api
            .get(
                "api/analysis/whole-school?schoolId=" + scene.school.schoolId,
                "Authorization",
                scene.as(scene.tas.get(0)))
            .statusCode());
    assertEquals(
        400,
        scene
            .api
            .get(
                "api/analysis/whole-school?schoolId=" + scene.school.schoolId + "&date=yesterday",
                "Authorization",
                scene.senco())
            .statusCode());
  }

  static HttpResponse<String> put(ReviewScene scene, String auth, String body) {
    return scene.api.send(
        "PUT",
        "api/self-reviews?schoolId=" + scene.school.schoolId,
        "application/json",
        body,
        "Authorization",
        auth);
  }

  static HttpResponse<String> get(ReviewScene scene) {
    return get(scene, scene.senco());
  }

  static HttpResponse<String> get(ReviewScene scene, String auth) {
    return scene.api.get(
        "api/self-reviews?schoolId=" + scene.school.schoolId, "Authorization", auth);
  }

  static String elements(String reviewJson) {
    return jakarta.json.Json.createReader(new java.io.StringReader(reviewJson))
        .readObject()
        .getJsonArray("elements")
        .toString();
  }

  /** Every element answered at the same position. */
  static HttpResponse<String> answer(ReviewScene scene, long id, String username, int position) {
    StringBuilder body = new StringBuilder("{\"answers\": [");
    String[] names = {
      "VALUES",
      "TEACHING_AND_LEARNING",
      "RESOURCES_FOR_SUPPORT",
      "SPECIALIST_LEADERSHIP",
      "INTEGRATED_SERVICES"
    };
    for (int i = 0; i < names.length; i++) {
      body.append(i == 0 ? "" : ", ")
          .append("{\"element\": \"")
          .append(names[i])
          .append("\", \"position\": ")
          .append(position)
          .append('}');
    }
    body.append("]}");
    return scene.api.send(
        "POST",
        "api/self-reviews/" + id + "/responses",
        "application/json",
        body.toString(),
        "Authorization",
        scene.as(username));
  }

  static JsonObject responses(ReviewScene scene, long id, String auth) {
    HttpResponse<String> r =
        scene.api.get("api/self-reviews/" + id + "/responses", "Authorization", auth);
    assertEquals(200, r.statusCode(), r.body());
    return WebClient.json(r);
  }
}
