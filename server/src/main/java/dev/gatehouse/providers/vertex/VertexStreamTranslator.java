package dev.gatehouse.providers.vertex;

import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.StreamChunks;
import dev.gatehouse.providers.StreamEvents;
import dev.gatehouse.providers.StreamTranslator;
import dev.gatehouse.providers.UpstreamEvent;
import dev.gatehouse.providers.UpstreamStreamException;
import dev.gatehouse.providers.Usage;
import dev.gatehouse.providers.vertex.VertexResponseMapper.ToolCallIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Vertex's {@code alt=sse} stream to OpenAI chunks. Each event is a whole {@code
 * GenerateContentResponse} holding the new parts of each candidate; function calls arrive whole, so
 * each becomes one tool-call delta. Vertex sends no terminator and ends at connection close, so the
 * stream counts as complete once every requested candidate has a finish reason (the event that
 * carries it also carries the final usage), or once the prompt is blocked. A top-level {@code
 * error} is an in-stream error.
 */
final class VertexStreamTranslator implements StreamTranslator {
  private final Invocation invocation;
  private final StreamChunks stream;
  private final boolean chat;
  private final int expectedCandidates;
  private final Set<Integer> started = new HashSet<>();
  private final Set<Integer> done = new HashSet<>();
  private final Map<Integer, Integer> toolCallsByCandidate = new HashMap<>();
  private final StringBuilder text = new StringBuilder();
  private ToolCallIds toolCallIds;
  private JsonNode usageMetadata;
  private boolean finished;

  VertexStreamTranslator(Invocation invocation, long created) {
    this.invocation = invocation;
    this.stream = new StreamChunks(invocation, created, "");
    this.chat = stream.chat();
    JsonNode n = invocation.body().get("n");
    this.expectedCandidates = n != null && n.isIntegralNumber() ? Math.max(1, n.asInt()) : 1;
  }

  @Override
  public StreamFormat format() {
    return StreamFormat.SSE;
  }

  @Override
  public List<ObjectNode> onEvent(UpstreamEvent event) {
    JsonNode data = StreamEvents.object(event.data(), "Vertex AI");
    if (data.has("error")) {
      JsonNode error = data.get("error");
      throw new UpstreamStreamException(
          "Vertex AI ended the stream with an error: "
              + VertexErrorMapper.message(error.path("code").asInt(0), error));
    }
    if (toolCallIds == null) {
      String id = data.path("responseId").asString("");
      stream.id(id);
      toolCallIds = new ToolCallIds(id);
    }
    if (data.path("usageMetadata").isObject()) {
      usageMetadata = data.get("usageMetadata");
    }
    List<ObjectNode> chunks = new ArrayList<>();
    JsonNode candidates = data.path("candidates");
    if (candidates.isEmpty() && data.path("promptFeedback").hasNonNull("blockReason")) {
      finished = true;
      chunks.add(chunk(0, chat ? Json.MAPPER.createObjectNode() : null, "", "content_filter"));
      return chunks;
    }
    for (int i = 0; i < candidates.size(); i++) {
      candidate(candidates.get(i).path("index").asInt(i), candidates.get(i), chunks);
    }
    finished = done.size() >= expectedCandidates;
    return chunks;
  }

  private void candidate(int index, JsonNode candidate, List<ObjectNode> chunks) {
    String fragment = VertexResponseMapper.text(candidate);
    text.append(fragment);
    ArrayNode calls = VertexResponseMapper.toolCalls(candidate, toolCallIds);
    if (!fragment.isEmpty()) {
      chunks.add(chunk(index, chat ? delta(index).put("content", fragment) : null, fragment, null));
    }
    if (chat && !calls.isEmpty()) {
      int next = toolCallsByCandidate.getOrDefault(index, 0);
      ObjectNode delta = delta(index);
      ArrayNode numbered = delta.putArray("tool_calls");
      for (JsonNode call : calls) {
        numbered.addObject().put("index", next++).setAll((ObjectNode) call);
      }
      toolCallsByCandidate.put(index, next);
      chunks.add(chunk(index, delta, "", null));
    }
    String reason = candidate.path("finishReason").asString("");
    if (!reason.isEmpty() && done.add(index)) {
      boolean calledTools = toolCallsByCandidate.getOrDefault(index, 0) > 0;
      String finish = VertexResponseMapper.finishReason(reason, calledTools);
      chunks.add(chunk(index, chat ? Json.MAPPER.createObjectNode() : null, "", finish));
    }
  }

  /** A delta that, on a candidate's first chunk, also says who speaks. */
  private ObjectNode delta(int index) {
    ObjectNode delta = Json.MAPPER.createObjectNode();
    if (started.add(index)) {
      delta.put("role", "assistant");
    }
    return delta;
  }

  private ObjectNode chunk(int index, ObjectNode delta, String fragment, String finish) {
    ObjectNode chunk = chat ? stream.chat(delta, finish) : stream.completion(fragment, finish);
    ((ObjectNode) chunk.get("choices").get(0)).put("index", index);
    return chunk;
  }

  @Override
  public boolean finished() {
    return finished;
  }

  @Override
  public Usage usage() {
    return VertexResponseMapper.usage(
        usageMetadata == null ? Json.MAPPER.missingNode() : usageMetadata,
        invocation,
        text.toString());
  }
}
