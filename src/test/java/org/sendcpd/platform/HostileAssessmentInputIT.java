package org.sendcpd.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.platform.Refusals.watch;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.platform.HostileCases.Fields;
import org.sendcpd.platform.HostileCases.Hostile;
import org.sendcpd.platform.Refusals.Watch;
import org.sendcpd.testing.WebClient;

/**
 * Observations and self-assessments through the API, with hostile input: malformed bodies, wrong
 * types, impossible dates, unknown codes and levels, huge values are all refused with a 4xx naming
 * the field and change nothing; nobody observes themselves or someone of another school; only the
 * person rates their own confidence. And the point of it all: an observation turns a gap no course
 * closes into MET, while a rating shows beside the gap and never changes what is held.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileAssessmentInputIT {

  /** A TA-standard competence no course in a new school closes. */
  static final String EXPECTATIONS = "TAS-01";

  static final String REFLECTS = "TAS-03";

  @ArquillianResource URL base;
  WebClient web;
  HostileScene scene;
  Refusals check;

  @BeforeEach
  void freshSchool() {
    web = new WebClient(base);
    scene = new HostileScene(web);
    check = new Refusals(web);
  }

  JsonObjectBuilder observation(long staffId) {
    return Json.createObjectBuilder()
        .add("staffId", staffId)
        .add("competenceCode", EXPECTATIONS)
        .add("level", 1)
        .add("observedOn", LocalDate.now().minusDays(3).toString())
        .add("note", "Kept every pupil of the group taking part and calmly de-escalated one.");
  }

  JsonObject gapRow(String code) {
    HttpResponse<String> answer =
        web.get("api/analysis/gaps?staffId=" + scene.ta, "Authorization", scene.sencoAuth);
    assertEquals(200, answer.statusCode(), answer.body());
    return HostileCases.parse(answer.body()).asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("competenceCode").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " is not asked of the TA: " + answer.body()));
  }

  @Test
  void anObservationTurnsAGapNoCourseClosesIntoMet() {
    JsonObject before = gapRow(EXPECTATIONS);
    assertEquals("GAP", before.getString("status"));
    assertTrue(before.getJsonArray("closingCourses").isEmpty(), "no course closes it");

    JsonObject saved = scene.post("api/observations", observation(scene.ta), scene.sencoAuth);
    assertEquals("OBSERVATION", saved.getString("source"));
    assertEquals("VERIFIED", saved.getString("status"));

    JsonObject after = gapRow(EXPECTATIONS);
    assertEquals("MET", after.getString("status"));
    assertEquals(1, after.getInt("held"));
    HttpResponse<String> audit =
        web.get(
            "api/audit?entityType=Observation&entityId=" + saved.getJsonNumber("id"),
            "Authorization",
            HostileScene.ADMIN);
    assertEquals(200, audit.statusCode(), audit.body());
    assertTrue(audit.body().contains("OBSERVATION_RECORDED"), audit.body());
    HttpResponse<String> mine = web.get("api/observations", "Authorization", scene.taAuth);
    assertTrue(mine.body().contains(EXPECTATIONS), "the TA sees it: " + mine.body());
  }

  @Test
  void observationsRefuseHostileInput() {
    JsonObject valid = observation(scene.ta).build();
    Fields fields =
        new Fields()
            .id("staffId")
            .whole("level")
            .text("competenceCode", "note")
            .column("note", 2000)
            .date("observedOn");
    Watch seen = watch("api/observations?staffId=" + scene.ta, scene.sencoAuth);
    check.refuses(
        "POST",
        "api/observations",
        scene.sencoAuth,
        List.of(
            HostileCases.edit(
                valid, "competenceCode", "an unknown code", Json.createValue("ZZ-99")),
            HostileCases.edit(valid, "level", "a level off the ladder", Json.createValue(9)),
            HostileCases.edit(valid, "level", "level 0", Json.createValue(0)),
            HostileCases.edit(
                valid,
                "observedOn",
                "a day in the future",
                Json.createValue(LocalDate.now().plusDays(2).toString())),
            HostileCases.edit(valid, "note", "an empty note", Json.createValue("  ")),
            HostileCases.edit(valid, "staffId", "nobody", Json.createValue(987654321L))),
        seen);
    check.refusesThenAccepts("POST", "api/observations", scene.sencoAuth, valid, fields, 201, seen);
  }

  @Test
  void nobodyObservesThemselvesOrAnotherSchool() {
    Watch seen = watch("api/observations?staffId=" + scene.ta, scene.sencoAuth);
    HostileScene other = new HostileScene(web);
    check.refuses(
        "POST",
        "api/observations",
        scene.taAuth,
        List.of(
            new Hostile(
                "the TA observing themselves",
                HostileCases.JSON,
                HostileCases.utf8(observation(scene.ta).build().toString()),
                null,
                "themselves"),
            new Hostile(
                "the TA observing a teacher they do not manage",
                HostileCases.JSON,
                HostileCases.utf8(observation(scene.teacher).build().toString()),
                null,
                "line-manage")),
        seen);
    check.refuses(
        "POST",
        "api/observations",
        other.sencoAuth,
        List.of(
            new Hostile(
                "another school's SENCO",
                HostileCases.JSON,
                HostileCases.utf8(observation(scene.ta).build().toString()),
                null,
                "line-manage")),
        seen);
    HttpResponse<String> self =
        web.send(
            "POST",
            "api/observations",
            HostileCases.JSON,
            observation(scene.ta).build().toString(),
            "Authorization",
            scene.taAuth);
    assertEquals(403, self.statusCode());
    HttpResponse<String> read =
        web.get("api/observations?staffId=" + scene.ta, "Authorization", other.sencoAuth);
    assertEquals(403, read.statusCode(), read.body());
    // the head of the school may observe anyone in it
    scene.post("api/observations", observation(scene.teacher), scene.headAuth);
  }

  JsonArray ratings(String code, int confidence) {
    return Json.createArrayBuilder()
        .add(
            Json.createObjectBuilder()
                .add("competenceCode", code)
                .add("confidence", confidence)
                .add("assessedOn", LocalDate.now().toString()))
        .build();
  }

  @Test
  void aRatingShowsBesideTheGapAndNeverChangesWhatIsHeld() {
    JsonObject before = gapRow(REFLECTS);
    String path = "api/staff/" + scene.ta + "/self-assessment";
    HttpResponse<String> saved =
        web.send(
            "PUT",
            path,
            HostileCases.JSON,
            ratings(REFLECTS, 4).toString(),
            "Authorization",
            scene.taAuth);
    assertEquals(200, saved.statusCode(), saved.body());

    JsonObject after = gapRow(REFLECTS);
    assertEquals(4, after.getInt("confidence"));
    assertEquals(before.getInt("held"), after.getInt("held"));
    assertEquals(before.getString("status"), after.getString("status"));
    assertTrue(before.isNull("confidence"));
    HttpResponse<String> read = web.get(path, "Authorization", scene.sencoAuth);
    assertTrue(read.body().contains("\"confidence\":4"), read.body());
  }

  @Test
  void selfAssessmentsRefuseHostileInputAndOthersRatingForThePerson() {
    String path = "api/staff/" + scene.ta + "/self-assessment";
    JsonArray valid = ratings(REFLECTS, 3);
    Fields fields =
        new Fields().whole("[0].confidence").text("[0].competenceCode").date("[0].assessedOn");
    Watch rated = watch(path, scene.taAuth);
    check.refuses(
        "PUT",
        path,
        scene.taAuth,
        List.of(
            HostileCases.edit(valid, "[0].confidence", "confidence 5", Json.createValue(5)),
            HostileCases.edit(valid, "[0].confidence", "confidence 0", Json.createValue(0)),
            HostileCases.edit(
                valid, "[0].competenceCode", "an unknown code", Json.createValue("ZZ-99")),
            HostileCases.edit(
                valid,
                "[0].competenceCode",
                "a competence not asked of a TA",
                Json.createValue("TS5-01")),
            HostileCases.edit(
                valid,
                "[0].assessedOn",
                "a day other than today",
                Json.createValue(LocalDate.now().minusDays(40).toString())),
            Hostile.json(
                "the same competence twice",
                Json.createArrayBuilder(valid).add(valid.get(0)).build().toString(),
                "competenceCode"),
            Hostile.json("nothing to rate", "[]", null)),
        rated);
    check.refuses(
        "PUT",
        path,
        scene.sencoAuth,
        List.of(
            new Hostile(
                "the SENCO rating for the TA",
                HostileCases.JSON,
                HostileCases.utf8(valid.toString()),
                null,
                "Only the person")),
        rated);
    check.refusesThenAccepts("PUT", path, scene.taAuth, valid, fields, 200, rated);
  }
}
