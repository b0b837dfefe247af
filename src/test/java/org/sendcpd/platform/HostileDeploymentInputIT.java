package org.sendcpd.platform;

import static org.sendcpd.platform.Refusals.watch;

import jakarta.json.Json;
import jakarta.json.JsonArray;
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
 * The hostile-input catalogue of {@link HostileInputIT} for deployments: malformed JSON, wrong
 * types, unknown days, impossible or far-off dates and huge values are refused with a 4xx naming
 * the field, and nobody's deployments change; then the valid input is taken.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileDeploymentInputIT {

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
  void deployments() {
    String path = "api/staff/" + scene.ta + "/deployments";
    Watch mine = watch(path, scene.sencoAuth);
    JsonArray valid =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("group", "Year 2")
                    .add("days", Json.createArrayBuilder().add("MON").add("TUE"))
                    .add("from", "2026-09-01")
                    .add("to", "2027-07-22"))
            .build();
    Fields fields =
        new Fields()
            .text("[0].group")
            .column("[0].group", 50)
            .date("[0].from", "[0].to")
            .oneOf("[0].days[0]", "MON");
    List<Hostile> cases = new ArrayList<>(HostileCases.json(valid, fields));
    cases.add(
        HostileCases.edit(
            valid, "[0].from", "a date in year 20266", Json.createValue("20266-01-01")));
    cases.add(
        HostileCases.edit(
            valid, "[0].to", "a date a century ahead", Json.createValue("2199-01-01")));
    cases.add(
        HostileCases.edit(
            valid, "[0].to", "an end before the start", Json.createValue("2026-08-01")));
    cases.add(HostileCases.edit(valid, "[0].days", "no days", Json.createArrayBuilder().build()));
    cases.add(
        HostileCases.edit(valid, "[0].days", "a string for the days", Json.createValue("MON")));
    cases.add(HostileCases.edit(valid, "[0].days[1]", "Saturday", Json.createValue("SAT")));
    StringBuilder many = new StringBuilder("[");
    for (int i = 0; i < 500; i++) {
      many.append(i == 0 ? "" : ",")
          .append("{\"group\":\"G")
          .append(i)
          .append("\",\"days\":[\"MON\"]}");
    }
    cases.add(Hostile.json("500 deployments", many.append(']').toString(), "deployments"));
    check.refuses("PUT", path, scene.sencoAuth, cases, mine);
    check.accepts("PUT", path, scene.sencoAuth, valid, 200, mine);
  }

  @Test
  void deploymentImport() {
    String path = "api/deployments/import?schoolId=" + scene.school;
    Watch mine = watch("api/staff/" + scene.ta + "/deployments", scene.sencoAuth);
    List<Hostile> cases = new ArrayList<>(HostileCases.notCsv("1"));
    cases.removeIf(h -> h.name().equals("an empty file"));
    cases.add(
        new Hostile(
            "a header without days",
            "text/csv",
            HostileCases.utf8("email,group\nx@y.example,Year 2\n"),
            null,
            "days"));
    check.refuses("POST", path, scene.sencoAuth, cases, mine);
  }
}
