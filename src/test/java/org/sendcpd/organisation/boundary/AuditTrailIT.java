package org.sendcpd.organisation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

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
import org.sendcpd.testing.AdminApi;
import org.sendcpd.testing.WebClient;

/**
 * Issue "Dependable data", item 7: a change tells what changed, old and new value, and a read of
 * one person's record leaves a row with ids only. The IT makes its own school, SENCO and TA.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailIT {

  static final String PASSWORD = "audit-trail-it-1";

  @ArquillianResource URL base;

  @Test
  void aSencosTeamChangeShowsOldAndNewValuesInTheAuditLog() {
    WebClient web = new WebClient(base);
    AdminApi admin = new AdminApi(web);
    long school = admin.newSchool("Audit trail IT");
    JsonObject senco = admin.newStaff(school, "Sam", "Senco", "SENCO", "Inclusion");
    String sencoName = "senco." + admin.key();
    admin.newAccount(senco, sencoName, PASSWORD, "SENCO");
    JsonObject ta = admin.newStaff(school, "Tia", "Assistant", "TA", "Year 2");
    long taId = ta.getJsonNumber("id").longValue();

    HttpResponse<String> changed =
        admin.changeStaff(
            ta,
            Json.createObjectBuilder().add("team", "Year 3").add("fte", 0.8).build(),
            basic(sencoName, PASSWORD));

    assertEquals(200, changed.statusCode(), changed.body());
    JsonObject row = admin.auditRow("StaffMember", taId, "STAFF_UPDATED");
    assertEquals(sencoName, row.getString("actor"));
    assertEquals("team: \"Year 2\" -> \"Year 3\"; fte: 1.0 -> 0.8", row.getString("detail"));
    JsonObject created = admin.auditRow("StaffMember", taId, "STAFF_CREATED");
    assertTrue(
        created.getString("detail").contains("team: none -> \"Year 2\""), created.toString());
  }

  @Test
  void readingOnePersonsRecordsIsAuditedWithIdsOnly() {
    WebClient web = new WebClient(base);
    AdminApi admin = new AdminApi(web);
    long school = admin.newSchool("Audit views IT");
    JsonObject senco = admin.newStaff(school, "Vic", "Senco", "SENCO", "Inclusion");
    String sencoName = "viewer." + admin.key();
    admin.newAccount(senco, sencoName, PASSWORD, "SENCO");
    String asSenco = basic(sencoName, PASSWORD);
    JsonObject ta = admin.newStaff(school, "Val", "Assistant", "TA", "Year 1");
    long taId = ta.getJsonNumber("id").longValue();
    HttpResponse<String> logged =
        web.send(
            "POST",
            "api/cpd-records",
            "application/json",
            Json.createObjectBuilder()
                .add("staffId", taId)
                .add("title", "Makaton taster")
                .add("delivery", "ONLINE")
                .add("completedOn", LocalDate.now().minusDays(3).toString())
                .add("hours", 2)
                .add("reflection", "Signing at snack time helped two pupils ask for more.")
                .build()
                .toString(),
            "Authorization",
            asSenco);
    assertEquals(201, logged.statusCode(), logged.body());
    long recordId = WebClient.json(logged).getJsonNumber("id").longValue();

    assertEquals(200, web.get("api/staff/" + taId, "Authorization", asSenco).statusCode());
    assertEquals(
        200, web.get("api/cpd-records/" + recordId, "Authorization", asSenco).statusCode());
    assertEquals(
        200, web.get("api/cpd-records?staffId=" + taId, "Authorization", asSenco).statusCode());

    JsonObject staffViewed = admin.auditRow("StaffMember", taId, "STAFF_VIEWED");
    assertEquals(sencoName, staffViewed.getString("actor"));
    assertTrue(staffViewed.isNull("detail"), staffViewed.toString());
    JsonObject recordViewed = admin.auditRow("CpdRecord", recordId, "CPD_RECORD_VIEWED");
    assertEquals("staff " + taId, recordViewed.getString("detail"));
    admin.auditRow("StaffMember", taId, "CPD_RECORDS_VIEWED");
    for (JsonObject row : admin.audit("CpdRecord", recordId)) {
      if (row.getString("action").endsWith("_VIEWED")) {
        assertFalse(row.toString().contains("Makaton"), "a view holds ids, not content: " + row);
      }
    }
    JsonObject loggedRow = admin.auditRow("CpdRecord", recordId, "CPD_LOGGED");
    assertTrue(
        loggedRow.getString("detail").contains("title: none -> \"Makaton taster\""),
        loggedRow.toString());
  }
}
