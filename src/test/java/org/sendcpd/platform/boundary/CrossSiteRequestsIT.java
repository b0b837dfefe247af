package org.sendcpd.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.AdminApi;
import org.sendcpd.testing.WebClient;

/**
 * A browser holding an administrator's Basic credentials visits another web site, which posts to
 * our API: such requests are refused with a reason, while our own pages and scripts go on working.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteRequestsIT {

  static final String ELSEWHERE = "https://attacker.example";

  @ArquillianResource URL base;

  @Test
  void aPlainTextStaffImportFromAnotherSiteIsRefused() {
    WebClient web = new WebClient(base);
    long school = new AdminApi(web).newSchool("Cross Site Primary");
    String csv =
        "first_name,last_name,email,job_role,team,fte,start_date,leaving_date,line_manager_email\n"
            + "Eve,Intruder,eve."
            + UUID.randomUUID().toString().substring(0, 6)
            + "@attacker.example,TA,Year 1,1.0,01/09/2024,,\n";
    String path = "api/staff/import?schoolId=" + school;

    HttpResponse<String> fromElsewhere =
        web.send(
            "POST", path, "text/plain", csv, "Authorization", AdminApi.ADMIN, "Origin", ELSEWHERE);
    assertEquals(403, fromElsewhere.statusCode(), fromElsewhere.body());
    assertTrue(
        WebClient.json(fromElsewhere).getString("error").contains("another web site"),
        fromElsewhere.body());

    HttpResponse<String> plainText =
        web.send("POST", path, "text/plain", csv, "Authorization", AdminApi.ADMIN);
    assertEquals(415, plainText.statusCode(), plainText.body());
    assertTrue(WebClient.json(plainText).getString("error").contains("text/csv"), plainText.body());

    HttpResponse<String> staff =
        web.get("api/staff?schoolId=" + school, "Authorization", AdminApi.ADMIN);
    assertEquals("[]", staff.body().strip(), "nothing was imported");
  }

  @Test
  void aJsonCallWithAForeignOriginIsRefusedAndOurOwnOriginAccepted() {
    WebClient web = new WebClient(base);
    String own = base.getProtocol() + "://" + base.getAuthority();

    HttpResponse<String> foreign = newSchool(web, "Origin", ELSEWHERE);
    assertEquals(403, foreign.statusCode(), foreign.body());
    HttpResponse<String> nullOrigin = newSchool(web, "Origin", "null");
    assertEquals(403, nullOrigin.statusCode(), nullOrigin.body());

    HttpResponse<String> same = newSchool(web, "Origin", own);
    assertEquals(201, same.statusCode(), same.body());
    HttpResponse<String> script = newSchool(web);
    assertEquals(201, script.statusCode(), "a script sends no Origin: " + script.body());
  }

  @Test
  void aFormPostedFromAnotherSiteIsRefused() {
    WebClient web = new WebClient(base);
    HttpResponse<String> form =
        web.send(
            "POST",
            "api/schools",
            "application/x-www-form-urlencoded",
            "name=Forged",
            "Authorization",
            AdminApi.ADMIN);
    assertEquals(415, form.statusCode(), form.body());
  }

  private static HttpResponse<String> newSchool(WebClient web, String... headers) {
    String body =
        Json.createObjectBuilder()
            .add("name", "Origin Primary " + UUID.randomUUID().toString().substring(0, 6))
            .add("urn", String.valueOf(100_000 + (int) (Math.random() * 899_999)))
            .add("phase", "PRIMARY")
            .build()
            .toString();
    String[] all = new String[headers.length + 2];
    all[0] = "Authorization";
    all[1] = AdminApi.ADMIN;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return web.send("POST", "api/schools", "application/json", body, all);
  }
}
