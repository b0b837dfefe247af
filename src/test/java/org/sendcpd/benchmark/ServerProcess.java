package org.sendcpd.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
  static ServerProcess start(Path project, Path data, int port, String javaOpts, String run)
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
    builder.environment().put("CPD_DB_URL", "jdbc:derby:" + data.resolve("db") + ";create=true");
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

  /**
   * The largest heap in use at a pause, and the largest left after a collection (young, mixed or
   * full) (MB).
   */
  long[] peakHeapMb() throws IOException {
    long before = 0;
    long after = 0;
    if (Files.exists(gcLog)) {
      for (String line : Files.readAllLines(gcLog)) {
        Matcher m = PAUSE.matcher(line);
        if (m.find()) {
          before = Math.max(before, Long.parseLong(m.group(1)));
          // a remark or cleanup pause collects nothing: its "after" is the heap in use, not live
          if (line.contains("Pause Young") || line.contains("Pause Full")) {
            after = Math.max(after, Long.parseLong(m.group(2)));
          }
        }
      }
    }
    return new long[] {before, after};
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
