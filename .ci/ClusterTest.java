import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cluster test (run by .ci/cluster-test.sh, outside the Maven suite): starts two instances of
 * the built WAR in the trust set-up (payara-config/start.sh with CPD_TRUST=true) at the same moment
 * on one empty PostgreSQL database, with one shared certificate folder, and checks what an operator
 * relies on: the first start happened once (one admin, one demo school) and both instances serve;
 * a sign-in through one instance's login page holds on the other; a certificate uploaded through
 * one downloads through the other; a write through one changes the analysis the other kept; an
 * account disabled through one is refused by the other, in its session and on the API. Loopback
 * only; bounded in time.
 */
public class ClusterTest {

  static final String SENCO = "eleanor.shah";
  static final String DEMO = "oakfield-demo";
  static final String ADMIN_PASSWORD = "cluster-test-first-secret";
  static final Duration CONVERGE = Duration.ofSeconds(15);

  final Path root = Path.of("").toAbsolutePath();
  final Path work = root.resolve("target/cluster-test");
  final int[] ports = {
    Integer.getInteger("cluster.portA", 18601), Integer.getInteger("cluster.portB", 18602)
  };
  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  /** A browser's cookies: both instances are on localhost, so one session cookie reaches both. */
  final HttpClient browser =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  final List<String> failures = new ArrayList<>();
  final List<Process> servers = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    ClusterTest test = new ClusterTest();
    boolean passed = false;
    try {
      passed = test.run();
    } finally {
      test.stopAll();
    }
    System.exit(passed ? 0 : 1);
  }

  boolean run() throws Exception {
    StopTest.deleteTree(work);
    Files.createDirectories(work.resolve("evidence"));
    long began = System.nanoTime();
    for (int i = 0; i < ports.length; i++) {
      servers.add(start(i));
    }
    for (int i = 0; i < ports.length; i++) {
      awaitReady(i);
    }
    System.out.printf("both instances ready in %.1f s%n", StopTest.seconds(began));
    firstStartOnce();
    signInHoldsOnTheOther();
    certificateFromTheOther();
    analysisFollowsTheOther();
    disabledOnTheOther();
    failures.forEach(f -> System.out.println("FAIL: " + f));
    System.out.println(failures.isEmpty() ? "cluster test passed" : "cluster test FAILED");
    return failures.isEmpty();
  }

  // ---- servers --------------------------------------------------------------------------------

  Process start(int i) throws IOException {
    Path data = work.resolve("instance-" + i);
    Files.createDirectories(data);
    ProcessBuilder builder =
        new ProcessBuilder("payara-config/start.sh")
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log(i).toFile());
    Map<String, String> env = builder.environment();
    env.put("CPD_TRUST", "true");
    env.put("CPD_DB_URL", System.getenv("CPD_CLUSTER_PG_URL"));
    env.put("CPD_DB_USER", System.getenv("CPD_CLUSTER_PG_USER"));
    env.put("CPD_DB_PASSWORD", System.getenv("CPD_CLUSTER_PG_PASSWORD"));
    env.put("CPD_CLUSTER_MEMBERS", "127.0.0.1");
    env.put("CPD_PORT", String.valueOf(ports[i]));
    env.put("CPD_DATA_DIR", data.toString());
    env.put("CPD_EVIDENCE_DIR", work.resolve("evidence").toString());
    env.put("CPD_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("CPD_BACKUP_TIME", "off");
    env.put("JAVA_OPTS", System.getProperty("cluster.javaOpts", "-Xmx768m"));
    return builder.start();
  }

  Path log(int i) {
    return work.resolve("instance-" + i + ".log");
  }

  void awaitReady(int i) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(420);
    while (System.nanoTime() < deadline) {
      if (!servers.get(i).isAlive()) {
        throw new IllegalStateException("instance " + i + " ended while starting: see " + log(i));
      }
      try {
        if (api(i, "GET", "/api/me", SENCO, DEMO, null).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(1000); // polling a starting server: nothing to wait on but its answer
    }
    throw new IllegalStateException("instance " + i + " not ready in 420 s: see " + log(i));
  }

  void stopAll() throws InterruptedException {
    for (Process server : servers) {
      server.destroy(); // SIGTERM: the instance leaves the data grid in good order
    }
    for (Process server : servers) {
      if (!server.waitFor(60, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  // ---- checks ---------------------------------------------------------------------------------

  void firstStartOnce() throws Exception {
    long created = 0;
    for (int i = 0; i < ports.length; i++) {
      created +=
          Files.readAllLines(log(i)).stream()
              .filter(l -> l.contains("First start: created the account 'admin'"))
              .count();
      HttpResponse<String> schools = api(i, "GET", "/api/schools", "admin", ADMIN_PASSWORD, null);
      check(schools.statusCode() == 200, "instance " + i + ": /api/schools " + schools.statusCode());
      long oakfields = occurrences(schools.body(), "\"Oakfield Primary School\"");
      check(oakfields == 1, "instance " + i + " lists the demo school " + oakfields + " times");
    }
    check(created == 1, "the admin account was created " + created + " times");
    System.out.println("first start: once for both instances (" + created + " admin account)");
  }

  void signInHoldsOnTheOther() throws Exception {
    String login = page(0, "/login.xhtml").body();
    String viewState = first(login, "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    String form =
        "login=login&login%3Ausername="
            + SENCO
            + "&login%3Apassword="
            + DEMO
            + "&login%3AsignIn=&jakarta.faces.ViewState="
            + URLEncoder.encode(viewState, StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        browser.send(
            HttpRequest.newBuilder(uri(0, "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    check(signedIn.statusCode() == 302, "sign-in on instance 0 answered " + signedIn.statusCode());
    HttpResponse<String> dashboard = page(1, "/gaps/dashboard.xhtml");
    check(
        dashboard.statusCode() == 200 && dashboard.body().contains("Eleanor Shah"),
        "the session from instance 0 did not hold on instance 1: "
            + dashboard.statusCode()
            + " "
            + dashboard.headers().firstValue("Location").orElse(""));
    System.out.println("session: signed in on instance 0, the dashboard of instance 1 greets her");
  }

  void certificateFromTheOther() throws Exception {
    String own =
        String.format(
            "{\"staffId\": %d, \"title\": \"Cluster test reading\", \"delivery\": \"IN_HOUSE\","
                + " \"completedOn\": \"%s\", \"hours\": 1}",
            me(0), LocalDate.now().minusDays(2));
    HttpResponse<String> logged = api(0, "POST", "/api/cpd-records", SENCO, DEMO, own);
    check(logged.statusCode() == 201, "logging her own record answered " + logged.statusCode());
    long recordId = number(((Map<?, ?>) parse(logged.body())).get("id"));
    byte[] pdf = StopTest.onePagePdf("cluster test certificate");
    String boundary = "clustertest" + System.nanoTime();
    byte[] body =
        StopTest.concat(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cert.pdf\""
                    + "\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8),
            pdf,
            ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> upload =
        http.send(
            HttpRequest.newBuilder(uri(0, "/api/cpd-records/" + recordId + "/evidence"))
                .header("Authorization", StopTest.basic(SENCO, DEMO))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (upload.statusCode() != 201) {
      check(false, "upload on instance 0 answered " + upload.statusCode() + " " + upload.body());
      return;
    }
    String href = URI.create(upload.headers().firstValue("Location").orElseThrow()).getPath();
    HttpResponse<byte[]> download =
        http.send(
            HttpRequest.newBuilder(uri(1, href))
                .header("Authorization", StopTest.basic(SENCO, DEMO))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    check(
        download.statusCode() == 200 && Arrays.equals(download.body(), pdf),
        "the certificate uploaded on instance 0 did not download from instance 1: "
            + download.statusCode());
    System.out.println("certificate: uploaded on instance 0, the same bytes from instance 1");
  }

  /**
   * Instance 1 works out and keeps a person's gaps; a course recorded through instance 0 closes one;
   * instance 1 must answer the change (within the moment it takes the data grid to tell it).
   */
  void analysisFollowsTheOther() throws Exception {
    Map<?, ?> me = (Map<?, ?>) parse(api(1, "GET", "/api/me").body());
    long school = number(me.get("schoolId"));
    String date = LocalDate.now().toString();
    String gapsOf = "/api/analysis/gaps?schoolId=" + school + "&date=" + date + "&staffId=";
    List<?> staff = (List<?>) parse(api(1, "GET", "/api/staff?schoolId=" + school).body());
    Map<?, ?> open = null;
    for (Object person : staff) {
      long id = number(((Map<?, ?>) person).get("id"));
      for (Object row : (List<?>) parse(api(1, "GET", gapsOf + id).body())) {
        Map<?, ?> gap = (Map<?, ?>) row;
        if (number(gap.get("held")) < number(gap.get("required"))) {
          open = gap;
          break;
        }
      }
      if (open != null) {
        break;
      }
    }
    if (open == null) {
      check(false, "no open gap in the demo school to close");
      return;
    }
    long staffId = number(open.get("staffId"));
    String code = (String) open.get("competenceCode");
    long level = number(open.get("required"));
    String record =
        String.format(
            "{\"staffId\": %d, \"title\": \"Cluster test course\", \"delivery\": \"IN_HOUSE\","
                + " \"completedOn\": \"%s\", \"hours\": 1, \"outcomes\": [{\"competenceCode\":"
                + " \"%s\", \"level\": %d}]}",
            staffId, LocalDate.now().minusDays(1), code, level);
    HttpResponse<String> logged = api(0, "POST", "/api/cpd-records", SENCO, DEMO, record);
    check(logged.statusCode() == 201, "logging on instance 0 answered " + logged.statusCode());
    Map<?, ?> saved = (Map<?, ?>) parse(logged.body());
    if (!"VERIFIED".equals(saved.get("status"))) {
      long id = number(saved.get("id"));
      HttpResponse<String> verified =
          api(0, "POST", "/api/cpd-records/" + id + "/verify", SENCO, DEMO, "");
      check(verified.statusCode() == 200, "verify on instance 0: " + verified.statusCode());
    }
    long deadline = System.nanoTime() + CONVERGE.toNanos();
    long held = -1;
    while (System.nanoTime() < deadline) {
      held = heldOn(1, gapsOf + staffId, code);
      if (held >= level) {
        break;
      }
      Thread.sleep(200); // the other instance hears of the write asynchronously
    }
    if (held < level) {
      check(false, "instance 1 still answers the gap in " + code + " closed on instance 0: " + held);
      return;
    }
    System.out.println("analysis: a record logged on instance 0 closed " + code + " on instance 1");
  }

  void disabledOnTheOther() throws Exception {
    List<?> accounts =
        (List<?>) parse(api(0, "GET", "/api/accounts", "admin", ADMIN_PASSWORD, null).body());
    long id =
        accounts.stream()
            .map(a -> (Map<?, ?>) a)
            .filter(a -> SENCO.equals(a.get("username")))
            .map(a -> number(a.get("id")))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> disabled =
        api(0, "PUT", "/api/accounts/" + id, "admin", ADMIN_PASSWORD, "{\"enabled\": false}");
    check(disabled.statusCode() == 200, "disable on instance 0 answered " + disabled.statusCode());
    HttpResponse<String> session = page(1, "/gaps/dashboard.xhtml");
    String location = session.headers().firstValue("Location").orElse("");
    check(
        session.statusCode() == 302 && location.contains("/login.xhtml"),
        "the disabled account's session still served on instance 1: " + session.statusCode());
    int basic = api(1, "GET", "/api/me").statusCode();
    check(basic == 401, "the disabled account's API call on instance 1 answered " + basic);
    System.out.println("disabled on instance 0: instance 1 ends her session and refuses the API");
  }

  // ---- HTTP -----------------------------------------------------------------------------------

  URI uri(int i, String path) {
    return URI.create("http://localhost:" + ports[i] + path);
  }

  HttpResponse<String> page(int i, String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(uri(i, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> api(int i, String method, String path) throws Exception {
    return api(i, method, path, SENCO, DEMO, null);
  }

  HttpResponse<String> api(int i, String method, String path, String user, String pass, String json)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(i, path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", StopTest.basic(user, pass))
            .header("Accept", "application/json");
    if (json == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  long me(int i) throws Exception {
    return number(((Map<?, ?>) parse(api(i, "GET", "/api/me").body())).get("staffId"));
  }

  long heldOn(int i, String path, String code) throws Exception {
    for (Object row : (List<?>) parse(api(i, "GET", path).body())) {
      Map<?, ?> gap = (Map<?, ?>) row;
      if (code.equals(gap.get("competenceCode"))) {
        return number(gap.get("held"));
      }
    }
    return Long.MAX_VALUE; // no longer listed: nothing is missing
  }

  // ---- small helpers --------------------------------------------------------------------------

  static Object parse(String json) {
    return StopTest.Json.parse(json);
  }

  static long number(Object value) {
    return ((Number) value).longValue();
  }

  static long occurrences(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1L;
  }

  static String first(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("not found: " + regex);
    }
    return m.group(1);
  }

  void check(boolean ok, String failure) {
    if (!ok) {
      failures.add(failure);
    }
  }
}
