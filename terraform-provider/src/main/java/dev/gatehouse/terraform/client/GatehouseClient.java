package dev.gatehouse.terraform.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP core every API class of the client goes through: one host, one bearer token, JSON in and
 * out, and every non-2xx answer turned into a {@link GatehouseApiException} carrying the server's
 * own message. The API classes ({@code secrets()}, ...) hold the paths and shapes.
 */
public final class GatehouseClient {
  static final ObjectMapper JSON = JsonMapper.builder().build();

  private final URI host;
  private final String token;
  private final HttpClient http;

  public GatehouseClient(URI host, String token) {
    this.host = URI.create(trimSlash(host.toString()));
    this.token = token;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  public URI host() {
    return host;
  }

  public SecretsApi secrets() {
    return new SecretsApi(this);
  }

  public EndpointsApi endpoints() {
    return new EndpointsApi(this);
  }

  public PermissionsApi permissions() {
    return new PermissionsApi(this);
  }

  public IdentitiesApi identities() {
    return new IdentitiesApi(this);
  }

  public ExternalModelsApi externalModels() {
    return new ExternalModelsApi(this);
  }

  JsonNode get(String path) {
    return send("GET", path, null);
  }

  /**
   * A GET whose 404 means "gone": Terraform drops a resource from state on it rather than failing
   * the plan. Every other error still throws.
   */
  Optional<JsonNode> find(String path) {
    try {
      return Optional.of(get(path));
    } catch (GatehouseApiException e) {
      if (e.notFound()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  JsonNode post(String path, JsonNode body) {
    return send("POST", path, body);
  }

  JsonNode put(String path, JsonNode body) {
    return send("PUT", path, body);
  }

  JsonNode patch(String path, JsonNode body) {
    return send("PATCH", path, body);
  }

  JsonNode delete(String path) {
    return send("DELETE", path, null);
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private JsonNode send(String method, String path, JsonNode body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(host + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (body != null) {
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new GatehouseUnreachableException(
          "Cannot reach Gatehouse at " + host + " (" + e.getClass().getSimpleName() + ").", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GatehouseUnreachableException("Interrupted while calling Gatehouse.", e);
    }
    JsonNode answer = parse(response.body());
    if (response.statusCode() / 100 != 2) {
      throw new GatehouseApiException(
          response.statusCode(),
          answer.path("error_code").asString("HTTP_" + response.statusCode()),
          answer
              .path("message")
              .asString(method + " " + path + " answered HTTP " + response.statusCode() + "."));
    }
    return answer;
  }

  private static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(body);
    } catch (JacksonException e) {
      return JSON.missingNode();
    }
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
