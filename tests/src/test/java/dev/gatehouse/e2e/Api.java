package dev.gatehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small client for the Gatehouse REST API over {@link HttpClient}: every call returns the status,
 * headers, raw body and the body parsed as JSON. It keeps every response it saw, so a test can
 * check that a secret never came back.
 */
public final class Api {
  public static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final URI base;
  private final String token;
  private final List<Response> seen;

  private Api(URI base, String token, List<Response> seen) {
    this.base = base;
    this.token = token;
    this.seen = seen;
  }

  /** Calls with {@code Authorization: Bearer <token>}. */
  public static Api withToken(URI base, String token) {
    return new Api(base, token, Collections.synchronizedList(new ArrayList<>()));
  }

  /** Calls without an Authorization header. */
  public static Api anonymous(URI base) {
    return withToken(base, null);
  }

  /** The same server with another token (or none); responses go into the same record. */
  public Api as(String otherToken) {
    return new Api(base, otherToken, seen);
  }

  /** Every response this client (and the ones made with {@link #as}) received, in order. */
  public List<Response> responses() {
    synchronized (seen) {
      return List.copyOf(seen);
    }
  }

  public Response get(String path) {
    return send("GET", path, null);
  }

  public Response post(String path, String json) {
    return send("POST", path, json);
  }

  public Response put(String path, String json) {
    return send("PUT", path, json);
  }

  public Response patch(String path, String json) {
    return send("PATCH", path, json);
  }

  public Response delete(String path) {
    return send("DELETE", path, null);
  }

  /** A request with an optional JSON body (sent as application/json). */
  public Response send(String method, String path, String json) {
    return send(
        method,
        path,
        json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json),
        json != null);
  }

  /** A GET that accepts any type, for the text documents of /metrics and /openapi. */
  public Response getAnyType(String path) {
    return send("GET", path, BodyPublishers.noBody(), false, "*/*");
  }

  /** A request with any body, e.g. a chunked stream without Content-Length. */
  public Response send(String method, String path, BodyPublisher body, boolean isJson) {
    return send(method, path, body, isJson, "application/json");
  }

  private Response send(
      String method, String path, BodyPublisher body, boolean isJson, String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", accept)
            .method(method, body);
    if (isJson) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> raw =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Response response =
          new Response(
              method + " " + path, raw.statusCode(), raw.headers(), raw.body(), parse(raw.body()));
      seen.add(response);
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET /api/2.0/serving-endpoints/{name}, expecting 200. */
  /** Creates the scope unless it exists, then puts the secret, as config references need it. */
  public void putSecret(String scope, String key, String value) {
    Response created = post("/api/2.0/secrets/scopes/create", "{\"scope\": \"" + scope + "\"}");
    if (created.status() != 409) {
      created.ok();
    }
    post(
            "/api/2.0/secrets/put",
            "{\"scope\": \"%s\", \"key\": \"%s\", \"string_value\": \"%s\"}"
                .formatted(scope, key, value))
        .ok();
  }

  public JsonNode endpoint(String name) {
    return get("/api/2.0/serving-endpoints/" + name).ok();
  }

  /**
   * Polls the endpoint until {@code state.config_update} is {@code NOT_UPDATING} (as the SDK
   * waiters do) and returns it; fails at once on UPDATE_FAILED or UPDATE_CANCELED.
   */
  public JsonNode awaitNotUpdating(String name) {
    AtomicReference<JsonNode> last = new AtomicReference<>();
    await("config update of " + name + " to finish")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              JsonNode endpoint = endpoint(name);
              last.set(endpoint);
              String update = endpoint.path("state").path("config_update").asString("");
              if (update.equals("UPDATE_FAILED") || update.equals("UPDATE_CANCELED")) {
                throw new IllegalStateException(
                    "failed to reach NOT_UPDATING, got " + update + ": " + endpoint);
              }
              return update.equals("NOT_UPDATING");
            });
    return last.get();
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(body);
    } catch (JacksonException notJson) {
      return null;
    }
  }

  /** Reads a JSON literal (test input), failing loudly on a typo. */
  public static JsonNode json(String literal) {
    return JSON.readTree(literal);
  }

  /** One HTTP exchange. {@code json} is null when the body is empty or not JSON. */
  public record Response(
      String request, int status, HttpHeaders headers, String body, JsonNode json) {

    /** Asserts 200 with a JSON body and returns that body. */
    public JsonNode ok() {
      assertThat(status).as("status of %s, body: %s", request, body).isEqualTo(200);
      assertThat(json).as("JSON body of %s: %s", request, body).isNotNull();
      return json;
    }

    /**
     * Asserts the error contract: the status, a JSON body with exactly {@code error_code} and
     * {@code message}, the expected code, a non-empty message, and nothing of the server's inside
     * (no stack trace, exception or class name). Returns the message.
     */
    public String error(int expectedStatus, String expectedCode) {
      assertThat(status).as("status of %s, body: %s", request, body).isEqualTo(expectedStatus);
      assertThat(headers.firstValue("Content-Type").orElse(""))
          .as("Content-Type of the error from %s", request)
          .startsWith("application/json");
      assertThat(json).as("error body of %s must be JSON: %s", request, body).isNotNull();
      assertThat(json.isObject()).as("error body of %s is an object: %s", request, body).isTrue();
      assertThat(Set.copyOf(json.propertyNames()))
          .as("fields of the error body of %s: %s", request, body)
          .containsExactlyInAnyOrder("error_code", "message");
      assertThat(json.get("error_code").isString()).as("error_code is a string: %s", body).isTrue();
      assertThat(json.get("error_code").asString())
          .as("error_code of %s: %s", request, body)
          .isEqualTo(expectedCode);
      assertThat(json.get("message").isString()).as("message is a string: %s", body).isTrue();
      String message = json.get("message").asString();
      assertThat(message).as("message of %s", request).isNotBlank();
      assertThat(body)
          .as("error body of %s must not leak server internals", request)
          .doesNotContain("Exception")
          .doesNotContain("at dev.")
          .doesNotContain("\tat ")
          .doesNotContainIgnoringCase("stacktrace")
          .doesNotContain("dev.gatehouse.")
          .doesNotContain("java.lang.");
      return message;
    }
  }
}
