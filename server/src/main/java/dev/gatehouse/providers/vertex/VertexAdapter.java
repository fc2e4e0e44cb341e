package dev.gatehouse.providers.vertex;

import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Answer;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.ProviderAdapter;
import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.providers.StreamTranslator;
import dev.gatehouse.providers.UpstreamFailure;
import dev.gatehouse.providers.UpstreamRequest;
import dev.gatehouse.providers.UpstreamResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tools.jackson.databind.node.ObjectNode;

/**
 * Vertex AI's Gemini models: {@code generateContent} for chat and emulated completions, {@code
 * streamGenerateContent?alt=sse} for streams, {@code predict} for embeddings, each under {@code
 * /v1/projects/{project}/locations/{region}/publishers/google/models/{model}}, with a bearer token
 * signed for the endpoint's service account.
 */
@ApplicationScoped
public class VertexAdapter implements ProviderAdapter {
  /**
   * The derived credential Vertex calls authenticate with: an OAuth access token the invocation
   * context obtains with the service account key in {@link #PRIVATE_KEY_FIELD}.
   */
  public static final String ACCESS_TOKEN = "google_cloud_vertex_ai_access_token";

  /** The credential field holding the service account's JSON key file. */
  public static final String PRIVATE_KEY_FIELD = "private_key";

  private static final String PROBE_BODY =
      "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"ping\"}]}]}";

  private final Optional<String> baseUrl;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected VertexAdapter() {
    this(Optional.empty(), Clock.systemUTC());
  }

  @Inject
  public VertexAdapter(
      @ConfigProperty(name = "gatehouse.providers.google-cloud-vertex-ai.base-url")
          Optional<String> baseUrl) {
    this(baseUrl, Clock.systemUTC());
  }

  VertexAdapter(Optional<String> baseUrl, Clock clock) {
    this.baseUrl =
        baseUrl
            .map(String::strip)
            .filter(url -> !url.isEmpty())
            .map(url -> url.replaceAll("/+$", ""));
    this.clock = clock;
  }

  @Override
  public ProviderKind provider() {
    return ProviderKind.GOOGLE_CLOUD_VERTEX_AI;
  }

  @Override
  public UpstreamRequest request(Invocation invocation, ProviderTarget target) {
    boolean embed = invocation.task() == Task.EMBEDDINGS;
    String model = target.model().name();
    ObjectNode body =
        embed
            ? VertexRequestMapper.predictBody(invocation, model)
            : VertexRequestMapper.generateBody(invocation);
    String method =
        embed
            ? ":predict"
            : invocation.stream() ? ":streamGenerateContent?alt=sse" : ":generateContent";
    Map<String, String> headers = headers(target);
    if (invocation.stream() && !embed) {
      headers.put("accept", "text/event-stream");
    }
    return new UpstreamRequest(
        "POST",
        URI.create(modelUrl(target) + method),
        headers,
        Json.MAPPER.writeValueAsBytes(body));
  }

  /**
   * {@code countTokens} on the model: free, authenticated, and refused when the service account may
   * not use the model or the project has no Vertex AI.
   */
  @Override
  public Optional<UpstreamRequest> probe(ProviderTarget target) {
    String body =
        target.model().taskKind() == Task.EMBEDDINGS
            ? "{\"instances\":[{\"content\":\"ping\"}]}"
            : PROBE_BODY;
    return Optional.of(
        new UpstreamRequest(
            "POST",
            URI.create(modelUrl(target) + ":countTokens"),
            headers(target),
            body.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, String> headers(ProviderTarget target) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer " + target.credentials().get(ACCESS_TOKEN));
    headers.put("content-type", "application/json");
    return headers;
  }

  /** {@code {base}/v1/projects/{project}/locations/{region}/publishers/google/models/{model}}. */
  String modelUrl(ProviderTarget target) {
    String project = required(target.config(), "project_id");
    String region = required(target.config(), "region");
    String base =
        baseUrl.orElseGet(
            () ->
                "global".equals(region)
                    ? "https://aiplatform.googleapis.com"
                    : "https://" + hostLabel(region) + "-aiplatform.googleapis.com");
    return base
        + "/v1/projects/"
        + segment(project)
        + "/locations/"
        + segment(region)
        + "/publishers/google/models/"
        + segment(target.model().name());
  }

  private static String required(ObjectNode config, String field) {
    String value = config == null ? "" : config.path(field).asString("").strip();
    if (value.isEmpty()) {
      throw new InvalidParameterException(
          "The endpoint's google_cloud_vertex_ai_config sets no " + field + ".");
    }
    return value;
  }

  /** A region becomes part of a host name, so only what a region can be passes. */
  private static String hostLabel(String region) {
    if (!region.matches("[a-z0-9-]+")) {
      throw new InvalidParameterException(
          "The endpoint's region '" + region + "' is not a Google Cloud region.");
    }
    return region;
  }

  private static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public Answer answer(Invocation invocation, UpstreamResponse response) {
    return new VertexResponseMapper(clock).answer(invocation, response);
  }

  @Override
  public UpstreamFailure failure(UpstreamResponse response) {
    return VertexErrorMapper.failure(response);
  }

  @Override
  public StreamTranslator stream(Invocation invocation) {
    return new VertexStreamTranslator(invocation, clock.instant().getEpochSecond());
  }
}
