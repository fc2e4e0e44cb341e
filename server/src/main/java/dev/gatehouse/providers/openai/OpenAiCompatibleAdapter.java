package dev.gatehouse.providers.openai;

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
import dev.gatehouse.providers.Usage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The base of every provider that speaks OpenAI's wire format (OpenAI, Azure OpenAI, Databricks
 * model serving, custom OpenAI-compatible servers). Subclasses say only where a call goes and how
 * it authenticates; bodies, answers, errors and streams are OpenAI's.
 */
public abstract class OpenAiCompatibleAdapter implements ProviderAdapter {

  /** The URL of one task's call ({@code chat/completions}, {@code completions}, ...). */
  protected abstract URI uri(Task task, ProviderTarget target);

  /** The headers that authenticate a call. */
  protected abstract Map<String, String> auth(ProviderTarget target);

  /** Whether the body names the model (Azure and Databricks name it in the path instead). */
  protected boolean sendsModel() {
    return true;
  }

  /** Whether a stream asks for a final usage chunk ({@code stream_options.include_usage}). */
  protected boolean asksForStreamUsage() {
    return true;
  }

  /** OpenAI's path of a task, relative to an {@code .../v1} base. */
  protected static String path(Task task) {
    return switch (task) {
      case CHAT -> "chat/completions";
      case COMPLETIONS -> "completions";
      case EMBEDDINGS -> "embeddings";
    };
  }

  /** A base URL and a relative path, joined with exactly one slash. */
  protected static URI join(String base, String path) {
    String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return URI.create(trimmed + "/" + path);
  }

  protected static String text(ObjectNode block, String field) {
    JsonNode value = block.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  @Override
  public UpstreamRequest request(Invocation invocation, ProviderTarget target) {
    ObjectNode body = invocation.body().deepCopy();
    body.remove("model");
    if (sendsModel()) {
      body.put("model", target.model().name());
    }
    if (invocation.stream()) {
      body.put("stream", true);
      if (asksForStreamUsage()) {
        body.withObject("stream_options").put("include_usage", true);
      }
    } else {
      body.remove("stream");
      body.remove("stream_options");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Accept", invocation.stream() ? "text/event-stream" : "application/json");
    headers.putAll(auth(target));
    return new UpstreamRequest(
        "POST", uri(invocation.task(), target), headers, Json.MAPPER.writeValueAsBytes(body));
  }

  @Override
  public Answer answer(Invocation invocation, UpstreamResponse response) {
    ObjectNode body = (ObjectNode) Json.MAPPER.readTree(response.body());
    if (!body.hasNonNull("model")) {
      body.put("model", invocation.servedModelName());
    }
    OpenAiTexts.normalizeFinishReasons(body);
    Usage usage = usageOf(invocation, body);
    body.set("usage", OpenAiTexts.usageNode(invocation.task(), usage));
    return new Answer(body, usage);
  }

  private static Usage usageOf(Invocation invocation, ObjectNode body) {
    JsonNode usage = body.get("usage");
    if (usage != null && usage.hasNonNull("prompt_tokens")) {
      long prompt = usage.path("prompt_tokens").asLong();
      long completion = usage.path("completion_tokens").asLong(0);
      long total = usage.path("total_tokens").asLong(prompt + completion);
      return new Usage(prompt, completion, total, false);
    }
    String completion =
        invocation.task() == Task.EMBEDDINGS ? "" : OpenAiTexts.completionText(body);
    return Usage.estimated(OpenAiTexts.promptText(invocation), completion);
  }

  @Override
  public UpstreamFailure failure(UpstreamResponse response) {
    return OpenAiErrors.failure(response);
  }

  @Override
  public StreamTranslator stream(Invocation invocation) {
    return new OpenAiStreamTranslator(invocation);
  }

  /** The body of an upstream response, for messages. */
  static String bodyText(UpstreamResponse response) {
    return response.body() == null ? "" : new String(response.body(), StandardCharsets.UTF_8);
  }

  /** A GET with the target's auth, for probes. */
  protected UpstreamRequest get(URI uri, ProviderTarget target) {
    Map<String, String> headers = new LinkedHashMap<>(auth(target));
    headers.put("Accept", "application/json");
    return new UpstreamRequest("GET", uri, headers, null);
  }

  @Override
  public Optional<UpstreamRequest> probe(ProviderTarget target) {
    return Optional.empty();
  }
}
