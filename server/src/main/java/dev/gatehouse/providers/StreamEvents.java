package dev.gatehouse.providers;

import dev.gatehouse.platform.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reading one upstream stream event's data as a JSON object. Anything else fails the stream with an
 * {@link UpstreamStreamException} naming the provider; the data itself is never echoed, as it may
 * hold what the caller must not see.
 */
public final class StreamEvents {
  private StreamEvents() {}

  /** The event's data as an object; null data reads as empty, which is not an object. */
  public static JsonNode object(String data, String provider) {
    try {
      JsonNode node = Json.MAPPER.readTree(data == null ? "" : data);
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (JacksonException e) {
      // reported below, without the data
    }
    throw new UpstreamStreamException(provider + " sent a stream event that is not JSON.");
  }
}
