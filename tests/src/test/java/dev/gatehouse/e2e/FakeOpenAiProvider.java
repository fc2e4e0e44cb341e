package dev.gatehouse.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;

/**
 * A fake OpenAI-compatible provider (chat, streaming chat, completions, embeddings) that says its
 * own name in every answer.
 */
public final class FakeOpenAiProvider implements AutoCloseable {
  final String name;
  final HttpServer http;
  final ConcurrentHashMap<String, String> lastAuth = new ConcurrentHashMap<>();

  public FakeOpenAiProvider(String name) throws IOException {
    this.name = name;
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    http.setExecutor(Executors.newCachedThreadPool());
    http.createContext("/", this::handle);
    http.start();
  }

  public String base() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/v1";
  }

  /** When set, the only key {@code GET /models} accepts, as OpenAI's model list checks the key. */
  volatile String acceptedKey;

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
    lastAuth.put(path, auth);
    if (path.endsWith("/models")) {
      boolean accepted = acceptedKey == null || auth.equals("Bearer " + acceptedKey);
      respond(
          exchange,
          accepted ? 200 : 401,
          "application/json",
          accepted
              ? "{\"object\":\"list\",\"data\":[{\"id\":\"m\",\"object\":\"model\"}]}"
              : "{\"error\":{\"message\":\"Incorrect API key provided.\","
                  + "\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}");
      return;
    }
    JsonNode request = Api.JSON.readTree(exchange.getRequestBody().readAllBytes());
    boolean stream = request.path("stream").asBoolean(false);
    String body;
    String type = "application/json";
    if (path.endsWith("/embeddings")) {
      body =
          "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":[0.1,0.2]}],"
              + "\"model\":\"emb\",\"usage\":{\"prompt_tokens\":3,\"total_tokens\":3}}";
    } else if (path.endsWith("/completions") && !path.endsWith("/chat/completions")) {
      body =
          "{\"id\":\"cmpl-1\",\"object\":\"text_completion\",\"created\":1,\"model\":\"m\","
              + "\"choices\":[{\"index\":0,\"text\":\" from "
              + name
              + "\",\"finish_reason\":\"stop\"}],"
              + "\"usage\":{\"prompt_tokens\":2,\"completion_tokens\":2,\"total_tokens\":4}}";
    } else if (stream) {
      type = "text/event-stream";
      String chunk =
          "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
              + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"%s\"},\"finish_reason\":%s}]}";
      body =
          "data: "
              + chunk.formatted("hello from ", "null")
              + "\n\ndata: "
              + chunk.formatted(name, "\"stop\"")
              + "\n\ndata: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
              + "\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":3,\"total_tokens\":8}}"
              + "\n\ndata: [DONE]\n\n";
    } else {
      body =
          "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\","
              + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"hello from "
              + name
              + "\"},\"finish_reason\":\"stop\"}],"
              + "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":3,\"total_tokens\":8}}";
    }
    respond(exchange, 200, type, body);
  }

  private static void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    http.stop(0);
  }
}
