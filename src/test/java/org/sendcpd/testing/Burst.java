package org.sendcpd.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fires many API requests at the same moment: one thread per request, all held at a latch until
 * every one is ready, then released together. Answers come back in the order the requests were
 * given. Used to prove the server's locking, so it waits for the answers however long they take (a
 * lock wait is part of what is being tested) rather than sleeping for a fixed time.
 */
public final class Burst {

  /** One request of the burst: method, path relative to the deployment, JSON body, credentials. */
  public record Call(String method, String path, String json, String authorization) {}

  private static final Duration PATIENCE = Duration.ofMinutes(3);

  private Burst() {}

  /** Sends the calls together, each with the extra headers given (name, value, ...). */
  public static List<HttpResponse<String>> fire(URI base, List<Call> calls, String... headers)
      throws Exception {
    // HTTP/1.1 so each request has a connection of its own, as separate browsers would.
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    ExecutorService threads = Executors.newFixedThreadPool(calls.size());
    CountDownLatch ready = new CountDownLatch(calls.size());
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (Call call : calls) {
        HttpRequest.Builder request =
            HttpRequest.newBuilder(base.resolve(call.path()))
                .timeout(PATIENCE)
                .header("Content-Type", "application/json")
                .header("Authorization", call.authorization())
                .method(
                    call.method(),
                    call.json() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.json(), StandardCharsets.UTF_8));
        if (headers.length > 0) {
          request.headers(headers);
        }
        HttpRequest built = request.build();
        answers.add(
            threads.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return http.send(built, HttpResponse.BodyHandlers.ofString());
                }));
      }
      ready.await();
      go.countDown();
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        responses.add(answer.get());
      }
      return responses;
    } finally {
      threads.shutdownNow();
    }
  }
}
