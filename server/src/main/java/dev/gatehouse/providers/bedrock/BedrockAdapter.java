package dev.gatehouse.providers.bedrock;

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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tools.jackson.databind.node.ObjectNode;

/**
 * Amazon Bedrock Runtime: {@code POST /model/{id}/converse} for chat and emulated completions
 * ({@code /converse-stream} when streamed), {@code POST /model/{id}/invoke} with the model family's
 * own body for embeddings, every request signed with SigV4 by the AWS SDK.
 */
@ApplicationScoped
public class BedrockAdapter implements ProviderAdapter {
  static final String RUNTIME_HOST = "https://bedrock-runtime.{region}.amazonaws.com";
  static final String CONTROL_HOST = "https://bedrock.{region}.amazonaws.com";
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z0-9]+)+");
  private static final String JSON = "application/json";

  private final String runtimeUrl;
  private final String controlUrl;
  private final Clock clock;
  private final BedrockSigner signer;

  /** For CDI's client proxy only. */
  protected BedrockAdapter() {
    this(Optional.empty(), Optional.empty());
  }

  @Inject
  public BedrockAdapter(
      @ConfigProperty(name = "gatehouse.providers.amazon-bedrock.endpoint-url")
          Optional<String> runtimeUrl,
      @ConfigProperty(name = "gatehouse.providers.amazon-bedrock.control-endpoint-url")
          Optional<String> controlUrl) {
    this(runtimeUrl.orElse(""), controlUrl.orElse(""), Clock.systemUTC());
  }

  BedrockAdapter(String runtimeUrl, String controlUrl, Clock clock) {
    this.runtimeUrl = runtimeUrl.isBlank() ? RUNTIME_HOST : strip(runtimeUrl);
    this.controlUrl = controlUrl.isBlank() ? CONTROL_HOST : strip(controlUrl);
    this.clock = clock;
    this.signer = new BedrockSigner(clock);
  }

  private static String strip(String url) {
    String out = url.strip();
    while (out.endsWith("/")) {
      out = out.substring(0, out.length() - 1);
    }
    return out;
  }

  @Override
  public ProviderKind provider() {
    return ProviderKind.AMAZON_BEDROCK;
  }

  @Override
  public UpstreamRequest request(Invocation invocation, ProviderTarget target) {
    String region = region(target);
    boolean embed = invocation.task() == Task.EMBEDDINGS;
    ObjectNode body =
        embed
            ? BedrockEmbeddings.body(invocation, family(target))
            : BedrockRequestMapper.converseBody(invocation);
    String action = embed ? "invoke" : invocation.stream() ? "converse-stream" : "converse";
    URI uri =
        URI.create(
            host(runtimeUrl, region)
                + "/model/"
                + pathSegment(target.model().name())
                + "/"
                + action);
    String accept = invocation.stream() && !embed ? "application/vnd.amazon.eventstream" : JSON;
    return signer.sign(
        "POST",
        uri,
        Map.of("content-type", JSON),
        Map.of("accept", accept),
        Json.MAPPER.writeValueAsBytes(body),
        target,
        region);
  }

  /**
   * ListFoundationModels on the control plane: a signed read that any accepted key pair may make,
   * refused with 403 for an unknown key or a bad signature.
   */
  @Override
  public Optional<UpstreamRequest> probe(ProviderTarget target) {
    String region = region(target);
    URI uri = URI.create(host(controlUrl, region) + "/foundation-models?byOutputModality=TEXT");
    return Optional.of(
        signer.sign("GET", uri, Map.of(), Map.of("accept", JSON), null, target, region));
  }

  /** The model id as one path segment: {@code :} and {@code /} (of ARNs) are encoded. */
  static String pathSegment(String modelId) {
    return URLEncoder.encode(modelId, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String host(String template, String region) {
    return template.replace("{region}", region);
  }

  /** Checked here because it becomes part of a host name. */
  static String region(ProviderTarget target) {
    String region = target.config() == null ? "" : target.config().path("aws_region").asString("");
    if (!REGION.matcher(region).matches()) {
      throw new InvalidParameterException(
          "amazon_bedrock_config.aws_region must be an AWS region such as us-east-1.");
    }
    return region;
  }

  private static BedrockFamily family(ProviderTarget target) {
    return BedrockFamily.of(target.config().path("bedrock_provider").asString(""));
  }

  @Override
  public Answer answer(Invocation invocation, UpstreamResponse response) {
    return new BedrockResponseMapper(clock).answer(invocation, response);
  }

  @Override
  public UpstreamFailure failure(UpstreamResponse response) {
    return BedrockErrorMapper.failure(response);
  }

  @Override
  public StreamTranslator stream(Invocation invocation) {
    return new BedrockStreamTranslator(
        invocation, clock.instant().getEpochSecond(), "chatcmpl-" + UUID.randomUUID());
  }
}
