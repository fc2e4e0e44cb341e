package dev.gatehouse.providers.cohere;

import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.endpoints.domain.Task;
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
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cohere's v2 API: {@code POST /v2/chat} for chat and emulated completions, {@code POST /v2/embed}
 * for embeddings, with {@code Authorization: Bearer}.
 */
@ApplicationScoped
public class CohereAdapter implements ProviderAdapter {
  static final String API_KEY_FIELD = "cohere_api_key";
  static final String API_BASE_FIELD = "cohere_api_base";

  private final String baseUrl;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected CohereAdapter() {
    this("https://api.cohere.com");
  }

  @Inject
  public CohereAdapter(
      @ConfigProperty(
              name = "gatehouse.providers.cohere.base-url",
              defaultValue = "https://api.cohere.com")
          String baseUrl) {
    this(baseUrl, Clock.systemUTC());
  }

  CohereAdapter(String baseUrl, Clock clock) {
    this.baseUrl = normalize(baseUrl);
    this.clock = clock;
  }

  /**
   * Without a trailing slash, and without a trailing {@code /v1} or {@code /v2}: configs written
   * for MLflow's gateway carry {@code https://api.cohere.ai/v1}, and the version is chosen here.
   */
  static String normalize(String base) {
    String url = base.strip();
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    if (url.endsWith("/v1") || url.endsWith("/v2")) {
      url = url.substring(0, url.length() - 3);
    }
    return url;
  }

  @Override
  public ProviderKind provider() {
    return ProviderKind.COHERE;
  }

  @Override
  public UpstreamRequest request(Invocation invocation, ProviderTarget target) {
    String model = target.model().name();
    boolean embed = invocation.task() == Task.EMBEDDINGS;
    ObjectNode body =
        embed
            ? CohereRequestMapper.embedBody(invocation, model)
            : CohereRequestMapper.chatBody(invocation, model);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer " + target.credentials().get(API_KEY_FIELD));
    headers.put("content-type", "application/json");
    if (invocation.stream() && !embed) {
      headers.put("accept", "text/event-stream");
    }
    String path = embed ? "/v2/embed" : "/v2/chat";
    return new UpstreamRequest(
        "POST", URI.create(base(target) + path), headers, Json.MAPPER.writeValueAsBytes(body));
  }

  /** Cohere's model list, one model per page: cheap, and refused with 401 for a bad key. */
  @Override
  public Optional<UpstreamRequest> probe(ProviderTarget target) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer " + target.credentials().get(API_KEY_FIELD));
    headers.put("accept", "application/json");
    return Optional.of(
        new UpstreamRequest(
            "GET", URI.create(base(target) + "/v1/models?page_size=1"), headers, null));
  }

  private String base(ProviderTarget target) {
    String configured =
        target.config() == null ? "" : target.config().path(API_BASE_FIELD).asString("");
    return configured.isBlank() ? baseUrl : normalize(configured);
  }

  @Override
  public Answer answer(Invocation invocation, UpstreamResponse response) {
    return new CohereResponseMapper(clock).answer(invocation, response);
  }

  @Override
  public UpstreamFailure failure(UpstreamResponse response) {
    return CohereErrorMapper.failure(response);
  }

  @Override
  public StreamTranslator stream(Invocation invocation) {
    return new CohereStreamTranslator(invocation, clock.instant().getEpochSecond());
  }
}
