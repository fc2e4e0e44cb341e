package dev.gatehouse.e2e.reliability;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake OpenAI-compatible provider on a raw socket, so it can fail the ways a real one does below
 * HTTP: hold a request without answering, reset the connection (RST, not a clean close), or stop a
 * stream half-way. Answers are OpenAI's wire format ({@code chat.completion}, SSE chunks, the error
 * object). {@code GET /v1/models} (the provider probe) succeeds, or waits while a key is held,
 * which keeps a config update IN_PROGRESS.
 */
final class FaultyUpstream implements AutoCloseable {
  /** How the next chat calls are answered. */
  enum Fault {
    NONE,
    /** Reads the request and never answers. */
    HANG,
    /** Sends the headers and half the body, then nothing. */
    HANG_AFTER_HEADERS,
    /** Closes the connection with a TCP reset after reading the request. */
    RESET,
    /** 500 with OpenAI's error object. */
    SERVER_ERROR,
    /** 429 with OpenAI's error object and {@code Retry-After: <retryAfterSeconds>}. */
    RATE_LIMITED,
    /** A streamed answer that sends one chunk and then stalls. */
    STALLED_STREAM
  }

  private static final long MAX_HOLD_MS = 60_000;

  private final ServerSocket server;
  private final ExecutorService connections = Executors.newCachedThreadPool();
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  /** Probes with this key wait until the latch opens; one key at a time is enough here. */
  private volatile String heldKey;

  private final CountDownLatch probesReleased = new CountDownLatch(1);
  private final AtomicInteger chatCalls = new AtomicInteger();
  private final Set<String> chatBearers = ConcurrentHashMap.newKeySet();
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile Fault fault = Fault.NONE;
  private volatile int retryAfterSeconds = 1;
  final String name;

  FaultyUpstream(String name) throws IOException {
    this.name = name;
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    connections.execute(this::accept);
  }

  /** The base URL to configure, ending in {@code /v1} as OpenAI's does. */
  String base() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/v1";
  }

  void fail(Fault next) {
    fault = next;
  }

  void rateLimit(int seconds) {
    retryAfterSeconds = seconds;
    fault = Fault.RATE_LIMITED;
  }

  /** Chat calls received so far (every attempt of a retry counts). */
  int chatCalls() {
    return chatCalls.get();
  }

  /** The bearer tokens chat calls came with since the last time this was asked. */
  synchronized Set<String> takeBearers() {
    Set<String> seen = Set.copyOf(chatBearers);
    chatBearers.removeAll(seen);
    return seen;
  }

  /** Probes with this bearer key wait (at most a minute) until {@link #releaseProbes}. */
  void holdProbes(String key) {
    heldKey = key;
  }

  void releaseProbes() {
    probesReleased.countDown();
  }

  /** A config serving chat from this fake as a custom provider, its token from {@code secret}. */
  String chatConfig(String secret) {
    return "{\"served_entities\":[{\"name\":\"served\",\"external_model\":{\"name\":\"m\","
        + "\"provider\":\"custom\",\"task\":\"llm/v1/chat\",\"custom_provider_config\":{"
        + "\"custom_provider_url\":\""
        + base()
        + "\",\"bearer_token_auth\":{\"token\":\"{{secrets/"
        + secret
        + "}}\"}}}}]}";
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        open.add(socket);
        connections.execute(() -> serve(socket));
      } catch (IOException closing) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      Request request;
      while ((request = Request.read(in)) != null) {
        if (!answer(request, socket, in, out)) {
          return;
        }
      }
    } catch (IOException | InterruptedException gone) {
      // The caller went away (Gatehouse timed out or closed the stream): nothing to answer.
    } finally {
      open.remove(socket);
    }
  }

  /** Answers one request; false when the connection is done with. */
  private boolean answer(Request request, Socket socket, InputStream in, OutputStream out)
      throws IOException, InterruptedException {
    if (request.path().endsWith("/models")) {
      if (request.bearer().equals(heldKey)) {
        probesReleased.await(MAX_HOLD_MS, TimeUnit.MILLISECONDS);
      }
      return respond(out, 200, OpenAiWire.MODELS, "");
    }
    chatCalls.incrementAndGet();
    chatBearers.add(request.bearer());
    Fault now = fault;
    switch (now) {
      case HANG -> {
        waitForClose(socket, in);
        return false;
      }
      case HANG_AFTER_HEADERS -> {
        String body = OpenAiWire.chat("hello from " + name);
        out.write(head(200, "application/json", "Content-Length: " + body.length() + "\r\n"));
        out.write(body.substring(0, body.length() / 2).getBytes(StandardCharsets.UTF_8));
        out.flush();
        waitForClose(socket, in);
        return false;
      }
      case RESET -> {
        socket.setSoLinger(true, 0);
        return false;
      }
      case SERVER_ERROR -> {
        return respond(out, 500, OpenAiWire.error("The server had an error.", "server_error"), "");
      }
      case RATE_LIMITED -> {
        return respond(
            out,
            429,
            OpenAiWire.error("Rate limit reached for requests.", "rate_limit_exceeded"),
            "Retry-After: " + retryAfterSeconds + "\r\n");
      }
      case STALLED_STREAM -> {
        out.write(head(200, "text/event-stream", "Transfer-Encoding: chunked\r\n"));
        writeChunk(out, "data: " + OpenAiWire.chunk("partial from " + name) + "\n\n");
        waitForClose(socket, in);
        return false;
      }
      default -> {
        if (request.body().contains("\"stream\":true")) {
          out.write(head(200, "text/event-stream", "Transfer-Encoding: chunked\r\n"));
          writeChunk(out, OpenAiWire.stream("hello from " + name));
          writeChunk(out, "");
          return true;
        }
        return respond(out, 200, OpenAiWire.chat("hello from " + name), "");
      }
    }
  }

  /** Blocks until the other side closes the connection (or the fake is closed, or a minute). */
  private void waitForClose(Socket socket, InputStream in) throws IOException {
    socket.setSoTimeout(100);
    long deadline = System.currentTimeMillis() + MAX_HOLD_MS;
    while (System.currentTimeMillis() < deadline && closed.getCount() > 0) {
      try {
        if (in.read() < 0) {
          return;
        }
      } catch (SocketTimeoutException stillOpen) {
        // keep waiting
      }
    }
  }

  private static boolean respond(OutputStream out, int status, String body, String extraHeaders)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    out.write(
        head(
            status, "application/json", "Content-Length: " + bytes.length + "\r\n" + extraHeaders));
    out.write(bytes);
    out.flush();
    return true;
  }

  private static byte[] head(int status, String type, String headers) {
    return ("HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\n" + headers + "\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static void writeChunk(OutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    closed.countDown();
    probesReleased.countDown();
    server.close();
    for (Socket socket : open) {
      socket.close();
    }
    connections.shutdownNow();
  }

  /** One HTTP/1.1 request: what the fake needs of it. */
  private record Request(String path, String bearer, String body) {
    static Request read(InputStream in) throws IOException {
      String line = line(in);
      if (line == null || line.isEmpty()) {
        return null;
      }
      String path = line.split(" ")[1];
      String bearer = "";
      int length = 0;
      for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
        String lower = header.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Integer.parseInt(header.substring(15).trim());
        } else if (lower.startsWith("authorization: bearer ")) {
          bearer = header.substring("authorization: bearer ".length()).trim();
        }
      }
      return new Request(path, bearer, new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      for (int b = in.read(); b >= 0; b = in.read()) {
        if (b == '\n') {
          return bytes.toString(StandardCharsets.US_ASCII).stripTrailing();
        }
        bytes.write(b);
      }
      return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.US_ASCII);
    }
  }
}
