package org.sendcpd.backup.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sendcpd.testing.WebClient.basic;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendcpd.testing.TestDeployments;
import org.sendcpd.testing.WebClient;

/**
 * Backups through the API: an administrator takes one while others write, it is listed by name,
 * time and size only, and anyone else is refused with 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupsIT {

  static final String SENCO = "eleanor.shah";
  static final String DEMO = "oakfield-demo";
  static final String ADMIN = basic("admin", TestDeployments.ADMIN_PASSWORD);

  @ArquillianResource URL base;

  @Test
  void anAdministratorBacksUpWhileOthersWrite() throws Exception {
    String senco = basic(SENCO, DEMO);
    JsonObject me = WebClient.json(new WebClient(base).get("api/me", "Authorization", senco));
    long staffId = me.getJsonNumber("staffId").longValue();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<List<Integer>>> writers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      int writer = w;
      writers.add(pool.submit(() -> write(staffId, senco, writer, 5)));
      Thread.sleep(100); // staggered: a burst of first inserts can time out on Derby's locks
    }
    HttpResponse<String> taken =
        new WebClient(base)
            .send("POST", "api/backups", "application/json", "", "Authorization", ADMIN);
    List<Integer> statuses = new ArrayList<>();
    for (Future<List<Integer>> writer : writers) {
      statuses.addAll(writer.get(120, TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertEquals(201, taken.statusCode(), taken.body());
    JsonObject backup = WebClient.json(taken);
    assertEquals(Set.of("name", "takenAt", "sizeBytes", "tookMillis"), backup.keySet());
    String name = backup.getString("name");
    assertTrue(name.matches("backup-\\d{4}-\\d{2}-\\d{2}-\\d{6}(-\\d+)?"), name);
    assertTrue(backup.getJsonNumber("sizeBytes").longValue() > 100_000, backup.toString());
    assertTrue(statuses.stream().allMatch(s -> s == 201), "writes during the backup: " + statuses);

    HttpResponse<String> listed = new WebClient(base).get("api/backups", "Authorization", ADMIN);
    assertEquals(200, listed.statusCode(), listed.body());
    JsonObject listing = WebClient.json(listed);
    assertTrue(listing.getBoolean("available"));
    assertTrue(
        listing.getJsonArray("backups").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(b -> b.getString("name").equals(name)),
        listing.toString());
    // nothing of a backup is served: there is no resource below the listing
    assertEquals(
        404, new WebClient(base).get("api/backups/" + name, "Authorization", ADMIN).statusCode());
  }

  @Test
  void anyoneButAnAdministratorIsRefused() {
    String senco = basic(SENCO, DEMO);
    HttpResponse<String> list = new WebClient(base).get("api/backups", "Authorization", senco);
    assertEquals(403, list.statusCode(), list.body());
    assertEquals(
        "Only an administrator may see or take backups.", WebClient.json(list).getString("error"));
    HttpResponse<String> take =
        new WebClient(base)
            .send(
                "POST",
                "api/backups",
                "application/json",
                "",
                "Authorization",
                basic("rachel.okonkwo", DEMO));
    assertEquals(403, take.statusCode(), take.body());
  }

  private List<Integer> write(long staffId, String senco, int writer, int count) {
    WebClient client = new WebClient(base);
    List<Integer> statuses = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      String body =
          "{\"staffId\":"
              + staffId
              + ",\"title\":\"Written during a backup "
              + writer
              + "-"
              + n
              + "\",\"delivery\":\"ONLINE\",\"completedOn\":\"2026-11-20\",\"hours\":1}";
      statuses.add(
          client
              .send("POST", "api/cpd-records", "application/json", body, "Authorization", senco)
              .statusCode());
    }
    return statuses;
  }
}
