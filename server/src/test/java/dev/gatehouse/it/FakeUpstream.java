package dev.gatehouse.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A provider stand-in on 127.0.0.1 in the test JVM, which the server under test calls. Each
 * scenario is a path prefix with its own queue of scripted replies (the last one repeats) and its
 * own record of the requests it received, so tests count calls.
 */
final class FakeUpstream implements AutoCloseable, AfterAllCallback {
  record Reply(int status, Map<String, String> headers, String body, long delayMs) {
    static Reply json(int status, String body) {
      return new Reply(status, Map.of("Content-Type", "application/json"), body, 0);
    }

    Reply withHeader(String name, String value) {
      Map<String, String> more = new java.util.LinkedHashMap<>(headers);
      more.put(name, value);
      return new Reply(status, more, body, delayMs);
    }

    Reply delayed(long ms) {
      return new Reply(status, headers, body, ms);
    }
  }

  record Received(String method, String path, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();
  private final Map<String, List<Received>> received = new ConcurrentHashMap<>();

  FakeUpstream() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * One for a whole test class, as {@code @RegisterExtension static final FakeUpstream upstream =
   * FakeUpstream.perClass();}: started now, closed after the class's tests.
   */
  static FakeUpstream perClass() {
    try {
      return new FakeUpstream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /** The base URL of a scenario, as a provider's {@code .../v1}. */
  String base(String scenario) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + scenario + "/v1";
  }

  void script(String scenario, Reply... replies) {
    scripts.put(scenario, new ConcurrentLinkedDeque<>(List.of(replies)));
    received.put(scenario, Collections.synchronizedList(new ArrayList<>()));
  }

  List<Received> received(String scenario) {
    return List.copyOf(received.getOrDefault(scenario, List.of()));
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String scenario = path.split("/")[1];
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    received
        .computeIfAbsent(scenario, s -> Collections.synchronizedList(new ArrayList<>()))
        .add(
            new Received(
                exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body));
    Deque<Reply> script = scripts.get(scenario);
    Reply reply =
        script == null
            ? Reply.json(404, "{\"error\":{\"message\":\"no scenario\"}}")
            : script.size() > 1 ? script.pollFirst() : script.peekFirst();
    if (reply.delayMs() > 0) {
      try {
        Thread.sleep(reply.delayMs());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    try (OutputStream out = exchange.getResponseBody()) {
      exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      out.write(bytes);
    } catch (IOException e) {
      // The server under test gave up (a timeout): nothing to answer.
    }
  }

  /**
   * A one-shot raw server that starts an SSE stream, sends {@code firstEvent}, then resets the
   * connection (RST), as a provider dying mid-stream does.
   */
  static String resettingStream(String firstEvent) throws IOException {
    return oneShotStream(
        "reset",
        firstEvent,
        (client, out) -> {
          Thread.sleep(300);
          client.setSoLinger(true, 0);
        });
  }

  /**
   * A one-shot raw server that starts an SSE stream, sends {@code firstEvent}, holds the stream
   * open until {@code release} opens, then sends {@code rest} and ends it: a provider still
   * generating, so whatever the caller has seen before the release was relayed, not buffered.
   */
  static String heldStream(String firstEvent, String rest, CountDownLatch release)
      throws IOException {
    return oneShotStream(
        "held",
        firstEvent,
        (client, out) -> {
          release.await();
          chunk(out, rest);
          out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
        });
  }

  private interface AfterFirstEvent {
    void run(Socket client, OutputStream out) throws IOException, InterruptedException;
  }

  private static void chunk(OutputStream out, String text) throws IOException {
    byte[] data = text.getBytes(StandardCharsets.UTF_8);
    out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.write(data);
    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private static String oneShotStream(String path, String firstEvent, AfterFirstEvent then)
      throws IOException {
    ServerSocket socket = new ServerSocket(0, 5, java.net.InetAddress.getByName("127.0.0.1"));
    Thread thread =
        new Thread(
            () -> {
              try (socket;
                  Socket client = socket.accept()) {
                InputStream in = client.getInputStream();
                byte[] buffer = new byte[65536];
                StringBuilder head = new StringBuilder();
                while (!head.toString().contains("\r\n\r\n")) {
                  int n = in.read(buffer);
                  if (n < 0) {
                    return;
                  }
                  head.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                }
                OutputStream out = client.getOutputStream();
                out.write(
                    ("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                chunk(out, firstEvent);
                then.run(client, out);
              } catch (IOException | InterruptedException e) {
                // The test sees the outcome on the client side.
              }
            });
    thread.setDaemon(true);
    thread.start();
    return "http://127.0.0.1:" + socket.getLocalPort() + "/" + path + "/v1";
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
