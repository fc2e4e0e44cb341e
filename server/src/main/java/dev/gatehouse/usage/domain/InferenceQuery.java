package dev.gatehouse.usage.domain;

import dev.gatehouse.platform.api.MaxResults;
import dev.gatehouse.platform.errors.InvalidParameterException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * One page of an endpoint's inference records: those that started in {@code [startTime, endTime)},
 * newest first, at most {@code maxResults}, after the record {@code after} (the last of the
 * previous page) when given. The window is parsed as the usage API parses it, defaults included.
 */
public record InferenceQuery(
    String endpointId, long startTime, long endTime, int maxResults, Cursor after) {
  public static final int DEFAULT_PAGE = 20;
  public static final int MAX_PAGE = 100;

  /** A position in newest-first order: records are ordered by call time, then by id. */
  public record Cursor(long callTime, String id) {
    /** The opaque {@code next_page_token} that resumes after this record. */
    public String token() {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString((callTime + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    static Cursor parse(String token) {
      try {
        String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        return new Cursor(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1));
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        throw new InvalidParameterException(
            "page_token is not one this API returned; pass next_page_token unchanged.");
      }
    }
  }

  public static InferenceQuery parse(
      String endpointId,
      String start,
      String end,
      String maxResults,
      String pageToken,
      Instant now) {
    UsageQuery window = UsageQuery.parse(endpointId, start, end, null, now);
    return new InferenceQuery(
        endpointId,
        window.startTime(),
        window.endTime(),
        MaxResults.parse(maxResults, DEFAULT_PAGE, MAX_PAGE),
        pageToken == null || pageToken.isBlank() ? null : Cursor.parse(pageToken.trim()));
  }
}
