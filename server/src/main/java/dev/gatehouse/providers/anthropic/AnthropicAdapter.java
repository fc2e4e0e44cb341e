package dev.gatehouse.providers.anthropic;

import dev.gatehouse.endpoints.domain.ProviderKind;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Anthropic's Messages API ({@code POST /v1/messages}) for chat and emulated completions. */
@ApplicationScoped
public class AnthropicAdapter implements ProviderAdapter {
  static final String API_KEY_FIELD = "anthropic_api_key";

  private final String baseUrl;
  private final String version;
  private final AnthropicRequestMapper requests;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected AnthropicAdapter() {
    this("https://api.anthropic.com", "2023-06-01", 4096);
  }

  @Inject
  public AnthropicAdapter(
      @ConfigProperty(
              name = "gatehouse.providers.anthropic.base-url",
              defaultValue = "https://api.anthropic.com")
          String baseUrl,
      @ConfigProperty(name = "gatehouse.providers.anthropic.version", defaultValue = "2023-06-01")
          String version,
      @ConfigProperty(
              name = "gatehouse.providers.anthropic.default-max-tokens",
              defaultValue = "4096")
          int defaultMaxTokens) {
    this(baseUrl, version, defaultMaxTokens, Clock.systemUTC());
  }

  AnthropicAdapter(String baseUrl, String version, int defaultMaxTokens, Clock clock) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.version = version;
    this.requests = new AnthropicRequestMapper(defaultMaxTokens);
    this.clock = clock;
  }

  @Override
  public ProviderKind provider() {
    return ProviderKind.ANTHROPIC;
  }

  @Override
  public UpstreamRequest request(Invocation invocation, ProviderTarget target) {
    byte[] body =
        Json.MAPPER.writeValueAsBytes(requests.messagesBody(invocation, target.model().name()));
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("x-api-key", target.credentials().get(API_KEY_FIELD));
    headers.put("anthropic-version", version);
    headers.put("content-type", "application/json");
    if (invocation.stream()) {
      headers.put("accept", "text/event-stream");
    }
    return new UpstreamRequest("POST", URI.create(baseUrl + "/v1/messages"), headers, body);
  }

  @Override
  public Answer answer(Invocation invocation, UpstreamResponse response) {
    return new AnthropicResponseMapper(clock).answer(invocation, response);
  }

  @Override
  public UpstreamFailure failure(UpstreamResponse response) {
    return AnthropicErrorMapper.failure(response);
  }

  @Override
  public StreamTranslator stream(Invocation invocation) {
    return new AnthropicStreamTranslator(invocation, clock.instant().getEpochSecond());
  }
}
