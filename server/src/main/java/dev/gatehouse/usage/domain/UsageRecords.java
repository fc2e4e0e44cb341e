package dev.gatehouse.usage.domain;

import dev.gatehouse.endpoints.domain.ExternalModel;
import dev.gatehouse.invocation.domain.CallOutcome;
import dev.gatehouse.invocation.domain.ServingSnapshot;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Usage;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * Turns a call's outcome into the record stored for it. Runs on the writer's thread, not the
 * caller's: serializing {@code usage_context} and pricing the call are the only work here, and
 * neither belongs on the request path.
 */
public final class UsageRecords {
  private final PriceTable prices;
  private final int maxContextChars;

  public UsageRecords(PriceTable prices, int maxContextChars) {
    this.prices = prices;
    this.maxContextChars = maxContextChars;
  }

  public UsageRecord of(CallOutcome call, RecordingMode mode) {
    ServingSnapshot endpoint = call.endpoint();
    ExternalModel model = endpoint.model();
    String provider = model == null ? null : model.provider();
    String modelName = model == null ? null : model.name();
    Usage usage = call.usage();
    return new UsageRecord(
        call.callId(),
        call.startedAt().toEpochMilli(),
        endpoint.endpointId(),
        endpoint.endpointName(),
        endpoint.servedEntityName(),
        provider,
        modelName,
        call.caller().principalId(),
        call.caller().kind().name(),
        call.caller().userName(),
        call.clientRequestId(),
        mode == RecordingMode.FULL ? context(call.usageContext()) : null,
        call.stream(),
        call.status(),
        call.errorCode(),
        usage.promptTokens(),
        usage.completionTokens(),
        usage.totalTokens(),
        usage.estimated(),
        call.latency().toMillis(),
        millis(call.timeToFirstToken()),
        model == null ? null : prices.cost(provider, modelName, usage),
        mode);
  }

  /**
   * The context as JSON text; one over the cap is replaced by a note of its size rather than cut,
   * because a cut document is no longer JSON and a reader could not tell it had been cut.
   */
  String context(JsonNode usageContext) {
    if (usageContext == null || usageContext.isNull()) {
      return null;
    }
    String text = Json.MAPPER.writeValueAsString(usageContext);
    if (text.length() <= maxContextChars) {
      return text;
    }
    return "{\"truncated\":true,\"original_chars\":" + text.length() + "}";
  }

  private static Long millis(Duration duration) {
    return duration == null ? null : duration.toMillis();
  }
}
