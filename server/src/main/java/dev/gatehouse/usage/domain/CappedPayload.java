package dev.gatehouse.usage.domain;

import dev.gatehouse.platform.json.Json;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * A payload as stored: its JSON text, cut to at most the cap in UTF-8 bytes (never inside a
 * character). A cut payload keeps its beginning, which is what a reader debugging a call wants,
 * rather than being replaced by a note; {@code truncated} and {@code bytes} say it was cut and from
 * what size.
 *
 * @param text null when nothing was captured
 * @param bytes the size of the whole payload in UTF-8
 */
public record CappedPayload(String text, long bytes, boolean truncated) {
  public static final CappedPayload NONE = new CappedPayload(null, 0, false);

  /**
   * @param alreadyCut the payload was cut before it got here (a stream's assembly stopped growing)
   */
  public static CappedPayload of(JsonNode payload, int maxBytes, boolean alreadyCut) {
    if (payload == null) {
      return NONE;
    }
    byte[] utf8 = Json.MAPPER.writeValueAsBytes(payload);
    if (utf8.length <= maxBytes) {
      return new CappedPayload(new String(utf8, StandardCharsets.UTF_8), utf8.length, alreadyCut);
    }
    int end = maxBytes;
    // Back off over continuation bytes (10xxxxxx) to the start of the character that would be cut.
    while (end > 0 && (utf8[end] & 0xC0) == 0x80) {
      end--;
    }
    return new CappedPayload(new String(utf8, 0, end, StandardCharsets.UTF_8), utf8.length, true);
  }
}
