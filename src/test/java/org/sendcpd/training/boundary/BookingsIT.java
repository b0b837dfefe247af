package org.sendcpd.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sendcpd.framework.entity.RoleRequirement;
import org.sendcpd.organisation.control.CurrentUser;
import org.sendcpd.organisation.control.PasswordHasher;
import org.sendcpd.organisation.entity.JobRole;
import org.sendcpd.organisation.entity.School;
import org.sendcpd.organisation.entity.SchoolPhase;
import org.sendcpd.organisation.entity.SecurityRole;
import org.sendcpd.organisation.entity.StaffMember;
import org.sendcpd.organisation.entity.UserAccount;
import org.sendcpd.testing.Browser;
import org.sendcpd.testing.TestDeployments;
import org.sendcpd.testing.WebClient;
import org.sendcpd.training.entity.Course;
import org.sendcpd.training.entity.DeliveryType;
import org.sendcpd.training.entity.TrainingSession;

/**
 * Issue 4's "done when" for bookings and registers: the SENCO of a new school books three TAs with
 * a gap onto a session of three places, the fourth booking is refused (409), the SENCO marks the
 * register on screen, and each TA then sees a verified record on My CPD.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingsIT {

  static final String PASSWORD = "bookings-it-secret";

  @ArquillianResource URL base;

  @Test
  void theSencoBooksEveryoneWithTheGapFromTheSessionsBookingsPage() {
    HttpResponse<String> created =
        new WebClient(base)
            .send(
                "POST",
                "api/it-fixtures/bookings",
                MediaType.APPLICATION_JSON,
                "{}",
                "Authorization",
                basic("admin", TestDeployments.ADMIN_PASSWORD));
    assertEquals(200, created.statusCode(), created.body());
    JsonObject scene = WebClient.json(created);
    long session = scene.getJsonNumber("sessionId").longValue();
    try (Browser browser = Browser.start()) {
      browser.signIn(base, scene.getString("senco"), PASSWORD);
      browser.open(base, "/training/session-bookings.xhtml?id=" + session);
      browser.click(browser.waitFor(By.id("bookings:findGaps")));
      WebElement chosen = browser.waitFor(By.id("bookings:chosen"));
      assertTrue(
          chosen.getText().contains("Ta3"), "the four TAs with the gap: " + chosen.getText());
      // three places for four people: the fourth waits
      browser.click(
          browser.driver().findElement(By.cssSelector("#bookings\\:waitingList .ui-chkbox-box")));
      browser.waitForAjax();
      browser.click(browser.driver().findElement(By.id("bookings:bookGaps")));
      new org.openqa.selenium.support.ui.WebDriverWait(
              browser.driver(), java.time.Duration.ofSeconds(45))
          .until(d -> "0".equals(d.findElement(By.id("stat-free")).getText()));
      String page = browser.driver().findElement(By.tagName("body")).getText();
      assertTrue(!page.contains("Something went wrong"), page);
      assertTrue(
          browser.driver().findElement(By.id("bookings:waiting")).getText().contains("Ta"),
          "the fourth TA waits: " + page);
      assertEquals(
          4,
          array(
                  new WebClient(base)
                      .get(
                          "api/sessions/" + session + "/bookings",
                          "Authorization",
                          basic(scene.getString("senco"), PASSWORD))
                      .body())
              .size());
      browser.screenshot("session-bookings-booked-from-gaps");
    }
  }

  @Test
  void theSencoBooksThreeTasWithAGapMarksTheRegisterAndEachTaSeesAVerifiedRecord() {
    WebClient api = new WebClient(base);
    HttpResponse<String> created =
        api.send(
            "POST",
            "api/it-fixtures/bookings",
            MediaType.APPLICATION_JSON,
            "{}",
            "Authorization",
            basic("admin", TestDeployments.ADMIN_PASSWORD));
    assertEquals(200, created.statusCode(), created.body());
    JsonObject scene = WebClient.json(created);
    long session = scene.getJsonNumber("sessionId").longValue();
    String senco = basic(scene.getString("senco"), PASSWORD);
    JsonArray tas = scene.getJsonArray("tas");
    String bookings = "api/sessions/" + session + "/bookings";

    HttpResponse<String> allWithGap = post(api, bookings, "{\"withGap\": true}", senco);
    assertEquals(409, allWithGap.statusCode(), allWithGap.body());
    assertTrue(
        WebClient.json(allWithGap)
            .getString("error")
            .contains("3 of 3 places are free for 4 people"),
        "all four TAs have the gap the course closes: " + allWithGap.body());

    for (int i = 0; i < 3; i++) {
      HttpResponse<String> booked = post(api, bookings, staff(tas, i), senco);
      assertEquals(201, booked.statusCode(), booked.body());
      JsonObject answer = WebClient.json(booked);
      assertEquals("BOOKED", answer.getJsonArray("bookings").getJsonObject(0).getString("status"));
    }
    HttpResponse<String> full = post(api, bookings, staff(tas, 3), senco);
    assertEquals(409, full.statusCode(), full.body());
    assertTrue(WebClient.json(full).getString("error").contains("full"), full.body());
    HttpResponse<String> waiting =
        post(api, bookings, "{\"staffId\": " + id(tas, 3) + ", \"waitingList\": true}", senco);
    assertEquals(201, waiting.statusCode(), waiting.body());
    JsonObject queued = WebClient.json(waiting).getJsonArray("bookings").getJsonObject(0);
    assertEquals("WAITING", queued.getString("status"));
    assertEquals(1, queued.getInt("waitingPosition"));
    assertEquals(4, array(api.get(bookings, "Authorization", senco).body()).size());

    try (Browser browser = Browser.start()) {
      browser.signIn(base, scene.getString("senco"), PASSWORD);
      browser.open(base, "/training/session-bookings.xhtml?id=" + session);
      assertEquals("0", browser.waitFor(By.id("stat-free")).getText());
      assertTrue(browser.driver().findElement(By.id("bookings:waiting")).getText().contains("Ta3"));
      browser.screenshot("session-bookings-full");

      browser.open(base, "/training/session-register.xhtml?id=" + session);
      browser.waitFor(By.id("register:sheet"));
      assertEquals(
          3,
          browser
              .driver()
              .findElements(By.cssSelector("#register\\:sheet .ui-chkbox-box.ui-state-active"))
              .size(),
          "everyone booked is ticked as present");
      browser.click(browser.driver().findElement(By.id("register:save")));
      WebElement records = browser.waitFor(By.id("register:recordTable"));
      assertTrue(records.getText().contains("Verified"), records.getText());
      browser.screenshot("session-register-marked");
    }

    String title = scene.getString("course");
    for (int i = 0; i < 3; i++) {
      WebClient ta = new WebClient(base);
      ta.signIn(tas.getJsonObject(i).getString("username"), PASSWORD);
      String page = ta.get("training/my-cpd.xhtml").body();
      assertTrue(page.contains(title) && page.contains("Verified"), "TA " + i + " sees the record");
    }

    HttpResponse<String> again =
        api.send(
            "PUT",
            "api/sessions/" + session + "/register",
            MediaType.APPLICATION_JSON,
            "[" + mark(tas, 0) + "," + mark(tas, 1) + "," + mark(tas, 2) + "]",
            "Authorization",
            senco);
    assertEquals(200, again.statusCode(), again.body());
    JsonObject remarked = WebClient.json(again);
    assertEquals(3, remarked.getJsonArray("records").size());
    assertEquals(0, remarked.getInt("created"), "marking again makes no second record");
    assertEquals("VERIFIED", remarked.getJsonArray("records").getJsonObject(0).getString("status"));
  }

  private static HttpResponse<String> post(WebClient api, String path, String body, String auth) {
    return api.send("POST", path, MediaType.APPLICATION_JSON, body, "Authorization", auth);
  }

  private static long id(JsonArray tas, int i) {
    return tas.getJsonObject(i).getJsonNumber("staffId").longValue();
  }

  private static String staff(JsonArray tas, int i) {
    return "{\"staffId\": " + id(tas, i) + "}";
  }

  private static String mark(JsonArray tas, int i) {
    return "{\"staffId\": " + id(tas, i) + ", \"attended\": true}";
  }

  private static JsonArray array(String body) {
    return Json.createReader(new StringReader(body)).readArray();
  }

  /**
   * Deployed with the test archive only: a new school with a SENCO and four TAs (accounts with the
   * test password), a course closing a gap every TA has and the SENCO's job role does not (other
   * tests may edit the requirement matrix), and a session of three places that began yesterday
   * (sessions are created by the calendar, which this test does not exercise).
   */
  @Path("it-fixtures/bookings")
  @RequestScoped
  public static class Fixture {

    @PersistenceContext EntityManager em;
    @Inject PasswordHasher hasher;
    @Inject CurrentUser caller;

    @POST
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject create() {
      if (!caller.has(SecurityRole.ADMIN)) {
        throw new ForbiddenException();
      }
      String key = UUID.randomUUID().toString().substring(0, 8);
      String urn = String.valueOf(100_000 + Math.floorMod(key.hashCode(), 900_000));
      School school = new School("Bookings IT " + key, urn, SchoolPhase.PRIMARY);
      em.persist(school);
      StaffMember senco = person(school, "Senco", key, JobRole.SENCO, SecurityRole.SENCO);
      JsonArrayBuilder tas = Json.createArrayBuilder();
      for (int i = 0; i < 4; i++) {
        StaffMember ta = person(school, "Ta" + i, key, JobRole.TA);
        tas.add(
            Json.createObjectBuilder().add("staffId", ta.getId()).add("username", username(ta)));
      }
      RoleRequirement need =
          requirements(JobRole.TA).stream()
              .filter(
                  r ->
                      requirements(JobRole.SENCO).stream()
                          .noneMatch(o -> o.getCompetence().equals(r.getCompetence())))
              .findFirst()
              .orElseThrow();
      Course course =
          new Course(
              school,
              "Makaton for TAs " + key,
              DeliveryType.SPECIALIST_EXTERNAL,
              BigDecimal.valueOf(3));
      course.setValidityMonths(24);
      course.addOutcome(need.getCompetence(), need.getLevelRank());
      em.persist(course);
      LocalDate yesterday = LocalDate.now().minusDays(1);
      TrainingSession session =
          new TrainingSession(
              course,
              school,
              yesterday.atTime(LocalTime.of(15, 30)),
              yesterday.atTime(LocalTime.of(17, 0)),
              "The Hive",
              3);
      em.persist(session);
      em.flush();
      return Json.createObjectBuilder()
          .add("sessionId", session.getId())
          .add("course", course.getTitle())
          .add("senco", username(senco))
          .add("tas", tas)
          .build();
    }

    private List<RoleRequirement> requirements(JobRole role) {
      return em.createQuery(
              "SELECT r FROM RoleRequirement r WHERE r.jobRole = :role"
                  + " AND r.framework.active = TRUE ORDER BY r.id",
              RoleRequirement.class)
          .setParameter("role", role)
          .getResultList();
    }

    private StaffMember person(
        School school, String last, String key, JobRole role, SecurityRole... roles) {
      StaffMember s =
          new StaffMember(
              school, "Sam", last, (last + "." + key + "@bookings-it.example").toLowerCase(), role);
      em.persist(s);
      UserAccount account = new UserAccount(username(s), hasher.hash(PASSWORD), s);
      account.setRoles(
          roles.length == 0 ? EnumSet.noneOf(SecurityRole.class) : EnumSet.of(roles[0], roles));
      em.persist(account);
      em.flush();
      return s;
    }

    private static String username(StaffMember s) {
      return s.getEmail().substring(0, s.getEmail().indexOf('@'));
    }
  }
}
