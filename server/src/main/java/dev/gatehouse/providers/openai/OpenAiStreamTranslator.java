package dev.gatehouse.providers.openai;

import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.StreamTranslator;
import dev.gatehouse.providers.UpstreamEvent;
import dev.gatehouse.providers.UpstreamStreamException;
import dev.gatehouse.providers.Usage;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAI stream is already in Gatehouse's format: chunks pass through with finish reasons
 * normalized; the usage chunk ({@code choices: []} with {@code usage}) is kept back, since the
 * invocation context writes the final usage chunk itself; Azure's first chunk (empty choices,
 * {@code prompt_filter_results}) is dropped.
 */
public class OpenAiStreamTranslator implements StreamTranslator {
  private final Invocation invocation;
  private final StringBuilder completion = new StringBuilder();
  private Usage reported;
  private boolean finished;

  public OpenAiStreamTranslator(Invocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public StreamFormat format() {
    return StreamFormat.SSE;
  }

  @Override
  public List<ObjectNode> onEvent(UpstreamEvent event) {
    String data = event.data().trim();
    if (data.equals("[DONE]")) {
      finished = true;
      return List.of();
    }
    JsonNode chunk;
    try {
      chunk = Json.MAPPER.readTree(data);
    } catch (JacksonException e) {
      throw new UpstreamStreamException("The provider sent a stream event that is not JSON.");
    }
    if (!(chunk instanceof ObjectNode object)) {
      return List.of();
    }
    if (object.has("error") || "error".equals(event.type())) {
      throw new UpstreamStreamException(
          "The provider reported an error mid-stream: "
              + OpenAiErrors.sanitize(OpenAiErrors.message(object, data)));
    }
    JsonNode usage = object.get("usage");
    if (usage != null && usage.hasNonNull("prompt_tokens")) {
      long prompt = usage.path("prompt_tokens").asLong();
      long generated = usage.path("completion_tokens").asLong(0);
      reported =
          new Usage(
              prompt, generated, usage.path("total_tokens").asLong(prompt + generated), false);
    }
    object.remove("usage");
    if (object.path("choices").isEmpty()) {
      return List.of();
    }
    OpenAiTexts.normalizeFinishReasons(object);
    completion.append(OpenAiTexts.completionText(object));
    return List.of(object);
  }

  @Override
  public boolean finished() {
    return finished;
  }

  @Override
  public Usage usage() {
    return reported != null
        ? reported
        : Usage.estimated(OpenAiTexts.promptText(invocation), completion.toString());
  }
}
