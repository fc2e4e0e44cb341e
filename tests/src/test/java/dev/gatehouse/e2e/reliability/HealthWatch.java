package dev.gatehouse.e2e.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Polls {@code /health/ready} in the background while faults are injected, and keeps every answer
 * that was not a 200 UP within 5 s: a gateway whose provider misbehaves must itself stay healthy.
 */
final class HealthWatch implements AutoCloseable {
  private static final Duration PROMPT = Duration.ofSeconds(5);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROMPT).build();
  private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
  private final HttpRequest ready;
  private final AtomicInteger polls = new AtomicInteger();
  private final List<String> failures = new CopyOnWriteArrayList<>();

  HealthWatch(URI base) {
    ready = HttpRequest.newBuilder(base.resolve("/health/ready")).timeout(PROMPT).GET().build();
    poller.scheduleWithFixedDelay(this::poll, 0, 250, TimeUnit.MILLISECONDS);
  }

  private void poll() {
    try {
      HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200 || !answer.body().contains("\"UP\"")) {
        failures.add(answer.statusCode() + " " + answer.body());
      }
    } catch (Exception e) {
      failures.add(e.toString());
    }
    polls.incrementAndGet();
  }

  int polls() {
    return polls.get();
  }

  /** Every poll that was not 200 UP within 5 s. */
  List<String> failures() {
    return List.copyOf(failures);
  }

  @Override
  public void close() {
    poller.shutdownNow();
  }
}
