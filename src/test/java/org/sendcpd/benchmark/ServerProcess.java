package org.sendcpd.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application as an operator starts it ({@code payara-config/start.sh}) on the benchmark's own
 * data folder, with a GC log from which the peak heap is read.
 */
final class ServerProcess implements AutoCloseable {

  private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
  private static final Duration START_LIMIT = Duration.ofMinutes(5);

  private final Process process;
  private final Path gcLog;
  final long startMillis;

  private ServerProcess(Process process, Path gcLog, long startMillis) {
    this.process = process;
    this.gcLog = gcLog;
    this.startMillis = startMillis;
  }

  /** Starts the server and waits until the login page is served; startMillis says how long. */
  static ServerProcess start(
      Path project, Path data, int port, String javaOpts, String run, Map<String, String> database)
      throws IOException, InterruptedException {
    Path gcLog = data.resolve("gc-" + run + ".log");
    Files.deleteIfExists(gcLog);
    ProcessBuilder builder =
        new ProcessBuilder(project.resolve("payara-config/start.sh").toString())
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("server-" + run + ".log").toFile());
    builder.environment().put("CPD_PORT", Integer.toString(port));
    builder.environment().put("CPD_DATA_DIR", data.toString());
    builder.environment().put("CPD_DEMO", "false");
    builder.environment().putAll(database);
    builder.environment().put("JAVA_OPTS", javaOpts + " -Xlog:gc:file=" + gcLog);
    long t0 = System.nanoTime();
    Process process = builder.start();
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    URI login = URI.create("http://localhost:" + port + "/login.xhtml");
    long deadline = t0 + START_LIMIT.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The server stopped while starting; see " + data.resolve("server-" + run + ".log"));
      }
      try {
        HttpRequest request =
            HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(10)).GET().build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        last = "status " + status;
        if (status == 200) {
          return new ServerProcess(process, gcLog, (System.nanoTime() - t0) / 1_000_000);
        }
      } catch (IOException notYet) {
        last = notYet.toString();
      }
      Thread.sleep(100);
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "The server did not serve the login page within " + START_LIMIT + " (" + last + ")");
  }

  /** The largest heap in use at a pause of the collector, from the GC log (MB). */
  long peakInUseMb() throws IOException {
    long peak = 0;
    for (String line : gcLines()) {
      Matcher m = PAUSE.matcher(line);
      if (m.find()) {
        peak = Math.max(peak, Long.parseLong(m.group(1)));
      }
    }
    return peak;
  }

  /**
   * The live set: a full collection asked of the server with {@code jcmd <pid> GC.run}, and the
   * heap left after it as the server's GC log reports that collection ({@code Pause Full
   * (Diagnostic Command) before->after}) (MB).
   */
  long liveAfterFullGcMb() throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process gc =
        new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.run")
            .redirectErrorStream(true)
            .start();
    String said = new String(gc.getInputStream().readAllBytes());
    if (!gc.waitFor(5, TimeUnit.MINUTES) || gc.exitValue() != 0) {
      throw new IllegalStateException("jcmd GC.run failed: " + said);
    }
    long live = -1;
    for (String line : gcLines()) {
      Matcher m = PAUSE.matcher(line);
      if (line.contains("Pause Full (Diagnostic Command)") && m.find()) {
        live = Long.parseLong(m.group(2));
      }
    }
    if (live < 0) {
      throw new IllegalStateException("no full collection in " + gcLog + " after jcmd GC.run");
    }
    return live;
  }

  private List<String> gcLines() throws IOException {
    return Files.exists(gcLog) ? Files.readAllLines(gcLog) : List.of();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
