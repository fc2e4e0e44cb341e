package dev.gatehouse.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A fake OpenAI-compatible provider for the provider probe alone ({@code GET .../models}): it
 * accepts {@link #GOOD_KEY}, holds the answer for a key registered with {@link #hold} until that
 * key is released (so a config update stays IN_PROGRESS as long as a test needs), and refuses any
 * other key with 401 as OpenAI does.
 */
public final class HeldProbeProvider implements AutoCloseable {
  public static final String GOOD_KEY = "good-key";
  private static final long MAX_HOLD_SECONDS = 90;

  private final HttpServer http;
  private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();

  public HeldProbeProvider() throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    http.setExecutor(Executors.newCachedThreadPool());
    http.createContext("/", this::handle);
    http.start();
  }

  public String base() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/v1";
  }

  /** Probes with {@code key} wait (at most 90 s) until {@link #release}, then succeed. */
  public void hold(String key) {
    held.put(key, new CountDownLatch(1));
  }

  public void release(String key) {
    CountDownLatch latch = held.get(key);
    if (latch != null) {
      latch.countDown();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
    String key = auth.startsWith("Bearer ") ? auth.substring("Bearer ".length()) : "";
    CountDownLatch latch = held.get(key);
    if (latch != null) {
      try {
        latch.await(MAX_HOLD_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    boolean accepted = latch != null || key.equals(GOOD_KEY);
    respond(
        exchange,
        accepted ? 200 : 401,
        accepted
            ? "{\"object\":\"list\",\"data\":[{\"id\":\"m\",\"object\":\"model\"}]}"
            : "{\"error\":{\"message\":\"Incorrect API key provided.\","
                + "\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}");
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    held.values().forEach(CountDownLatch::countDown);
    http.stop(0);
  }
}
