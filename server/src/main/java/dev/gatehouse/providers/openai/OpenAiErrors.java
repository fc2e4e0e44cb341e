package dev.gatehouse.providers.openai;

import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.UpstreamFailure;
import dev.gatehouse.providers.UpstreamFailure.Kind;
import dev.gatehouse.providers.UpstreamResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * OpenAI-style error bodies, read leniently (providers.md §8): {@code error} as an object, as a
 * string, a flat {@code message}, {@code detail}, then the raw text. Messages are sanitized before
 * they may reach a caller.
 */
public final class OpenAiErrors {
  private static final int MAX_MESSAGE = 500;
  private static final Pattern SECRETS =
      Pattern.compile("(?i)(sk-[A-Za-z0-9_\\-]{4,}|bearer\\s+\\S+|api[-_]?key[=:]\\s*\\S+)");
  private static final Pattern URLS = Pattern.compile("(?i)\\bhttps?://\\S+");

  private OpenAiErrors() {}

  public static UpstreamFailure failure(UpstreamResponse response) {
    JsonNode body = parse(response);
    String message = sanitize(message(body, OpenAiCompatibleAdapter.bodyText(response)));
    int status = response.status();
    Kind kind = kind(status);
    if (kind == Kind.RATE_LIMITED && isQuota(body)) {
      return new UpstreamFailure(
          Kind.SERVER_ERROR, status, "The provider's quota is exhausted: " + message, null);
    }
    return new UpstreamFailure(kind, status, message, retryAfter(response).orElse(null));
  }

  public static Kind kind(int status) {
    return switch (status) {
      case 400, 404, 409, 413, 422 -> Kind.BAD_REQUEST;
      case 401, 403 -> Kind.AUTH;
      case 429 -> Kind.RATE_LIMITED;
      case 502, 503, 504, 529 -> Kind.UNAVAILABLE;
      default -> Kind.SERVER_ERROR;
    };
  }

  private static boolean isQuota(JsonNode body) {
    return "insufficient_quota".equals(body.path("error").path("code").asString(""))
        || "insufficient_quota".equals(body.path("error").path("type").asString(""));
  }

  private static JsonNode parse(UpstreamResponse response) {
    try {
      JsonNode node = Json.MAPPER.readTree(response.body());
      return node == null ? Json.MAPPER.missingNode() : node;
    } catch (JacksonException | IllegalArgumentException e) {
      return Json.MAPPER.missingNode();
    }
  }

  /** The provider's message, from wherever this server put it. */
  public static String message(JsonNode body, String raw) {
    JsonNode error = body.path("error");
    if (error.isObject() && error.hasNonNull("message")) {
      return error.get("message").asString();
    }
    if (error.isString()) {
      return error.asString();
    }
    for (String field : new String[] {"message", "detail"}) {
      if (body.path(field).isString()) {
        return body.get(field).asString();
      }
    }
    return raw.isBlank() ? "(no message)" : raw;
  }

  /** A provider message with credentials and URLs cut out, and its length bounded. */
  public static String sanitize(String message) {
    String clean = SECRETS.matcher(message).replaceAll("[redacted]");
    clean = URLS.matcher(clean).replaceAll("[url]");
    clean = clean.replaceAll("\\s+", " ").trim();
    return clean.length() > MAX_MESSAGE ? clean.substring(0, MAX_MESSAGE) + "..." : clean;
  }

  /** {@code retry-after-ms}, else {@code retry-after} in seconds or as an HTTP date. */
  public static Optional<Duration> retryAfter(UpstreamResponse response) {
    try {
      Optional<String> ms = response.header("retry-after-ms");
      if (ms.isPresent()) {
        return Optional.of(Duration.ofMillis((long) Double.parseDouble(ms.get().trim())));
      }
      Optional<String> value = response.header("retry-after");
      if (value.isEmpty()) {
        return Optional.empty();
      }
      String v = value.get().trim();
      if (v.matches("\\d+(\\.\\d+)?")) {
        return Optional.of(Duration.ofMillis((long) (Double.parseDouble(v) * 1000)));
      }
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
