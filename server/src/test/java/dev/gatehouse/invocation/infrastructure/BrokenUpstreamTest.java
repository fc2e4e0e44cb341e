package dev.gatehouse.invocation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.invocation.domain.InvocationFailedException;
import dev.gatehouse.invocation.domain.UpstreamUnreachableException;
import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.providers.UpstreamRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A provider that breaks below HTTP, on a raw socket: a reset connection is reported in words (no
 * exception names reach callers), and an answer that stops half-way is cut off by the idle watchdog
 * as a timeout instead of holding the caller for ever.
 */
class BrokenUpstreamTest {
  private ServerSocket server;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private UpstreamHttp http;

  @BeforeEach
  void start() throws IOException {
    server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    http = new UpstreamHttp();
    http.connectTimeoutMs = 2000;
    http.readTimeoutMs = 5000;
    http.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
    scheduler.shutdownNow();
  }

  private UpstreamRequest request() {
    return new UpstreamRequest(
        "POST",
        URI.create("http://127.0.0.1:" + server.getLocalPort() + "/v1/chat/completions"),
        Map.of("Content-Type", "application/json"),
        "{}".getBytes(StandardCharsets.UTF_8));
  }

  /** Accepts one connection, reads the request's head, then does what {@code then} says. */
  private void serveOnce(SocketAction then) {
    Thread serving =
        new Thread(
            () -> {
              try (Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                in.read();
                then.on(socket);
              } catch (IOException | InterruptedException e) {
                // the client went away
              }
            });
    serving.setDaemon(true);
    serving.start();
  }

  interface SocketAction {
    void on(Socket socket) throws IOException, InterruptedException;
  }

  @Test
  void aResetConnectionIsDescribedWithoutExceptionNames() {
    serveOnce(socket -> socket.setSoLinger(true, 0));

    assertThatThrownBy(() -> http.send(request(), HttpResponse.BodyHandlers.ofInputStream()))
        .isInstanceOf(UpstreamUnreachableException.class)
        .hasMessage("connection to 127.0.0.1 was closed or reset before the answer was complete")
        .message()
        .doesNotContain("Exception");
  }

  @Test
  void aRefusedConnectionIsDescribedWithoutExceptionNames() throws IOException {
    UpstreamRequest toClosedPort = request();
    server.close();

    assertThatThrownBy(() -> http.send(toClosedPort, HttpResponse.BodyHandlers.ofInputStream()))
        .isInstanceOf(UpstreamUnreachableException.class)
        .hasMessage("connection to 127.0.0.1 was refused");
  }

  @Test
  void anAnswerThatStopsHalfWayIsATimeoutAfterTheIdleTime() {
    serveOnce(
        socket -> {
          socket
              .getOutputStream()
              .write(
                  "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"id\":"
                      .getBytes(StandardCharsets.US_ASCII));
          socket.getOutputStream().flush();
          Thread.sleep(30_000);
        });
    HttpResponse<InputStream> response =
        http.send(request(), HttpResponse.BodyHandlers.ofInputStream());

    long start = System.nanoTime();
    assertThatThrownBy(() -> GuardedProviderGateway.readWhole(response, 300, scheduler))
        .isInstanceOfSatisfying(
            InvocationFailedException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_TIMEOUT));
    assertThat((System.nanoTime() - start) / 1_000_000).isBetween(250L, 10_000L);
  }
}
