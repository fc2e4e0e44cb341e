package dev.gatehouse.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Updates an endpoint's config {@code updates} times, alternating two configs, each time waiting
 * until {@code state.config_update} is {@code NOT_UPDATING} before the next. Keeps when each update
 * started and finished, for the latency windows around switches.
 */
final class Updater {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI endpoint;
  private final String adminToken;
  private final List<String> configs;
  final List<long[]> windows = new ArrayList<>();
  int failedUpdates;
  String lastFailure = "";
  volatile boolean finished;

  /**
   * @param endpoint {@code .../api/2.0/serving-endpoints/{name}}
   */
  Updater(URI endpoint, String adminToken, Path configA, Path configB) throws IOException {
    this.endpoint = endpoint;
    this.adminToken = adminToken;
    this.configs = List.of(Files.readString(configA), Files.readString(configB));
  }

  /**
   * @param pauseMs the quiet time between one update's end and the next PUT, so that calls away
   *     from any switch are measured too
   */
  void run(int updates, long pauseMs) {
    try {
      for (int i = 0; i < updates; i++) {
        long start = System.nanoTime();
        boolean ok = update(configs.get((i + 1) % 2));
        windows.add(new long[] {start, System.nanoTime()});
        if (!ok) {
          failedUpdates++;
        }
        Thread.sleep(pauseMs);
      }
    } catch (IOException | InterruptedException e) {
      lastFailure = e.toString();
      failedUpdates++;
    } finally {
      finished = true;
    }
  }

  private boolean update(String config) throws IOException, InterruptedException {
    HttpResponse<String> put =
        http.send(
            request(URI.create(endpoint + "/config"))
                .PUT(HttpRequest.BodyPublishers.ofString(config))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (put.statusCode() != 200) {
      lastFailure = "PUT config: " + put.statusCode() + " " + put.body();
      return false;
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> get =
          http.send(request(endpoint).GET().build(), HttpResponse.BodyHandlers.ofString());
      JsonNode state = JSON.readTree(get.body()).path("state");
      if ("NOT_UPDATING".equals(state.path("config_update").asString(""))) {
        return true;
      }
      if ("UPDATE_FAILED".equals(state.path("config_update").asString(""))) {
        lastFailure = "update failed: " + get.body();
        return false;
      }
      Thread.sleep(25);
    }
    lastFailure = "update not finished after 120 s";
    return false;
  }

  private HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + adminToken)
        .header("Content-Type", "application/json");
  }
}
