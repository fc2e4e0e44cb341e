package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A minimal HTTP client for the ITs: the server is driven over real HTTP, as clients do. */
final class Api {
  static final String TOKEN = "it-admin-token";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;
  private final String token;

  Api(URI base) {
    this(base, TOKEN);
  }

  private Api(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  /** The admin's client for the server Arquillian deployed to (its URL may lack the last slash). */
  static Api at(URL base) {
    String root = base.toString();
    return new Api(URI.create(root.endsWith("/") ? root : root + "/"));
  }

  /** A scope with one secret in it; the scope may exist already (its create then fails, unread). */
  void putSecret(String scope, String key, String value) {
    post("api/2.0/secrets/scopes/create", "{\"scope\":\"" + scope + "\"}");
    post(
        "api/2.0/secrets/put",
        "{\"scope\":\"%s\",\"key\":\"%s\",\"string_value\":\"%s\"}".formatted(scope, key, value));
  }

  /**
   * Creates a serving endpoint from the request body and waits until its config is no longer
   * updating, so calls that follow reach it; the create answer, which must be 200.
   */
  Reply createEndpoint(String name, String requestJson) {
    Reply created = post("api/2.0/serving-endpoints", requestJson);
    assertThat(created.status()).as(created.body().toString()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> get("api/2.0/serving-endpoints/" + name).body(),
            b -> "NOT_UPDATING".equals(b.path("state").path("config_update").asString()));
    return created;
  }

  /** The bearer token this client sends, for calls made with another HTTP client. */
  String token() {
    return token;
  }

  /** The same server, called with another principal's token. */
  Api as(String otherToken) {
    return new Api(base, otherToken);
  }

  record Reply(int status, JsonNode body) {
    String errorCode() {
      return body.path("error_code").asString("");
    }

    String message() {
      return body.path("message").asString("");
    }
  }

  Reply get(String path) {
    return send("GET", path, null);
  }

  Reply post(String path, String json) {
    return send("POST", path, json);
  }

  Reply put(String path, String json) {
    return send("PUT", path, json);
  }

  Reply patch(String path, String json) {
    return send("PATCH", path, json);
  }

  Reply delete(String path) {
    return send("DELETE", path, null);
  }

  /**
   * A new user ({@code USER}) or service principal ({@code SERVICE_PRINCIPAL}) made through SCIM,
   * and a client holding a token the admin issued for it.
   */
  Api newPrincipal(String kind, String name) {
    boolean user = kind.equals("USER");
    Reply created =
        post(
            "api/2.0/preview/scim/v2/" + (user ? "Users" : "ServicePrincipals"),
            user
                ? "{\"userName\":\"" + name + "\"}"
                : "{\"applicationId\":\"" + name + "\",\"displayName\":\"" + name + "\"}");
    if (created.status() != 201) {
      throw new IllegalStateException("creating " + name + ": " + created.body());
    }
    Reply token =
        post(
            "api/2.0/token-management/on-behalf-of/tokens",
            "{\"" + (user ? "user_name" : "application_id") + "\":\"" + name + "\"}");
    if (token.status() != 200) {
      throw new IllegalStateException("token for " + name + ": " + token.body());
    }
    return as(token.body().path("token_value").asString());
  }

  /** A call whose answer is not JSON (the test-only resources answer in plain text). */
  String text(String method, String path) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(method + " " + path + ": " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The body as JSON; a body that is not JSON is kept as text, so an assertion can show it. */
  private static JsonNode parse(String text) {
    if (text == null || text.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(text);
    } catch (JacksonException e) {
      return JSON.createObjectNode().put("non_json_body", text);
    }
  }

  Reply send(String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), parse(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
