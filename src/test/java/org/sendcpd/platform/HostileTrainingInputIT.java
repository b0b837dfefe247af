package org.sendcpd.platform;

import static org.sendcpd.platform.Refusals.watch;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.net.URL;
import java.util.ArrayList;
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
 * The hostile-input catalogue of {@link HostileInputIT} for the write endpoints of training,
 * appraisal and demand: courses, sessions, bookings, the register, CPD records and their
 * certificates, appraisals, objectives, priorities, coverage rules and need profiles.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileTrainingInputIT {

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

  @Test
  void courses() {
    JsonObject valid =
        scene.courseBody().add("description", "Why and how").add("provider", "Us").build();
    Fields fields =
        new Fields()
            .id("schoolId")
            .decimal("hours", "costPerPlace")
            .whole("validityMonths", "outcomes[0].level")
            .text("title", "description", "outcomes[0].competenceCode")
            .column("title", 200)
            .flag("active")
            .oneOf("delivery", "ONLINE");
    Watch courses = watch("api/courses?schoolId=" + scene.school, scene.sencoAuth);
    JsonObject withActive = Json.createObjectBuilder(valid).add("active", true).build();
    check.refusesThenAccepts(
        "POST", "api/courses", scene.sencoAuth, withActive, fields, 201, courses);
    check.refusesThenAccepts(
        "PUT", "api/courses/" + scene.course(), scene.sencoAuth, withActive, fields, 200, courses);
  }

  @Test
  void sessions() {
    JsonObject valid = scene.sessionBody().add("facilitatorId", scene.senco).build();
    Fields fields =
        new Fields()
            .id("courseId", "facilitatorId", "schoolId")
            .whole("capacity")
            .text("place")
            .column("place", 200)
            .dateTime("startsAt", "endsAt")
            .oneOf("status", "CONFIRMED");
    Watch sessions =
        watch(
            "api/sessions?from=2020-01-01&to=2035-12-31&schoolId=" + scene.school, scene.sencoAuth);
    check.refusesThenAccepts("POST", "api/sessions", scene.sencoAuth, valid, fields, 201, sessions);
    check.refusesThenAccepts(
        "PUT", "api/sessions/" + scene.session(), scene.sencoAuth, valid, fields, 200, sessions);
  }

  @Test
  void bookingsAndTheRegister() {
    String bookings = "api/sessions/" + scene.session() + "/bookings";
    Watch booked = watch(bookings, scene.sencoAuth);
    Watch records = watch("api/cpd-records?staffId=" + scene.ta, scene.sencoAuth);
    JsonObject person =
        Json.createObjectBuilder().add("staffId", scene.teacher).add("waitingList", false).build();
    check.refuses(
        "POST",
        bookings,
        scene.sencoAuth,
        HostileCases.json(person, new Fields().id("staffId").flag("waitingList")),
        booked);
    JsonObject role = Json.createObjectBuilder().add("jobRole", "TA").build();
    check.refuses(
        "POST",
        bookings,
        scene.sencoAuth,
        HostileCases.json(role, new Fields().oneOf("jobRole", "HLTA")),
        booked);
    JsonObject team = Json.createObjectBuilder().add("team", "Year 1").build();
    check.refuses(
        "POST",
        bookings,
        scene.sencoAuth,
        HostileCases.json(team, new Fields().text("team")),
        booked);
    check.accepts("POST", bookings, scene.sencoAuth, person, 201, booked);

    JsonStructure register =
        Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("staffId", scene.ta).add("attended", true))
            .build();
    check.refuses(
        "PUT",
        "api/sessions/" + scene.session() + "/register",
        scene.sencoAuth,
        HostileCases.json(register, new Fields().id("[0].staffId").flag("[0].attended")),
        booked,
        records);
  }

  @Test
  void cpdRecords() {
    JsonObject valid = scene.recordBody().add("provider", "Online college").build();
    Fields fields =
        new Fields()
            .id("staffId", "courseId")
            .decimal("hours", "cost")
            .whole("outcomes[0].level")
            .text("title", "reflection", "provider")
            .column("title", 200)
            .column("reflection", 4000)
            .date("completedOn")
            .oneOf("delivery", "IN_HOUSE");
    Watch mine = watch("api/cpd-records?staffId=" + scene.ta, scene.taAuth);
    check.refusesThenAccepts("POST", "api/cpd-records", scene.taAuth, valid, fields, 201, mine);
    check.refusesThenAccepts(
        "PUT", "api/cpd-records/" + scene.record(), scene.taAuth, valid, fields, 200, mine);

    String record = "api/cpd-records/" + scene.record();
    Watch one = watch(record, scene.taAuth);
    List<Hostile> files = new ArrayList<>(Multipart.broken());
    files.add(
        Multipart.form(
            "a certificate that is random bytes", HostileCases.notCsv(null).get(0).body(), "file"));
    files.add(Multipart.form("a form without the file part", HostileCases.utf8("x"), "other"));
    check.refuses("POST", record + "/evidence", scene.taAuth, files, one);
    JsonObject reason =
        Json.createObjectBuilder().add("reason", "Please add the certificate").build();
    check.refusesThenAccepts(
        "POST",
        record + "/reject",
        scene.sencoAuth,
        reason,
        new Fields().text("reason").column("reason", 1000),
        200,
        one);
  }

  @Test
  void appraisalsAndObjectives() {
    JsonObject valid = scene.appraisalBody(scene.ta).build();
    Fields fields =
        new Fields().id("staffId", "appraiserId").text("academicYear").column("academicYear", 7);
    Watch appraisals = watch("api/appraisals?schoolId=" + scene.school, scene.headAuth);
    check.refusesThenAccepts(
        "POST", "api/appraisals", scene.headAuth, valid, fields, 201, appraisals);

    String objectives = "api/appraisals/" + scene.appraisal() + "/objectives";
    Fields objective =
        new Fields()
            .id("priorityId")
            .whole("targets[0].level")
            .text("text", "successCriteria", "targets[0].competenceCode")
            .oneOf("status", "MET");
    check.refusesThenAccepts(
        "POST",
        objectives,
        scene.headAuth,
        scene.objectiveBody().build(),
        objective,
        201,
        watch(objectives, scene.headAuth));
  }

  @Test
  void priorities() {
    Fields fields =
        new Fields()
            .id("schoolId", "ownerId")
            .text("title", "academicYear", "successMeasure", "timescale")
            .column("title", 300)
            .oneOf("areaOfNeed", "SENSORY_AND_PHYSICAL")
            .oneOf("status", "ACHIEVED");
    Watch plan =
        watch("api/priorities?academicYear=2026/27&schoolId=" + scene.school, scene.sencoAuth);
    check.refusesThenAccepts(
        "POST", "api/priorities", scene.sencoAuth, scene.priorityBody().build(), fields, 201, plan);
  }

  @Test
  void coverageRulesAndNeedProfiles() {
    Fields fields =
        new Fields()
            .id("schoolId")
            .whole("level", "minHolders")
            .text("name", "competenceCode", "scope")
            .column("name", 200)
            .flag("active")
            .date("from", "to");
    JsonObject valid = scene.ruleBody().add("scope", "Year 1").add("active", true).build();
    Watch rules = watch("api/coverage-rules?schoolId=" + scene.school, scene.sencoAuth);
    check.refusesThenAccepts(
        "POST", "api/coverage-rules", scene.sencoAuth, valid, fields, 201, rules);
    check.refusesThenAccepts(
        "PUT", "api/coverage-rules/" + scene.rule(), scene.sencoAuth, valid, fields, 200, rules);

    Fields profile =
        new Fields()
            .id("schoolId")
            .whole("counts[0].pupils", "counts[0].ehcPlans")
            .text("yearGroup")
            .column("yearGroup", 50)
            .oneOf("counts[0].areaOfNeed", "SENSORY_AND_PHYSICAL");
    Watch profiles = watch("api/need-profiles?schoolId=" + scene.school, scene.sencoAuth);
    check.refusesThenAccepts(
        "PUT",
        "api/need-profiles",
        scene.sencoAuth,
        scene.profileBody().build(),
        profile,
        200,
        profiles);
  }
}
