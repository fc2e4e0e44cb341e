package dev.gatehouse.endpoints.domain;

import dev.gatehouse.platform.api.MaxResults;
import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.List;

/**
 * One page of an endpoint's config versions, newest first: the version history, paged like the
 * audit trail. The token is the number of the last version of a full page, so versions submitted
 * after the first page was read do not shift later pages.
 */
public record ConfigVersionPage(
    String endpointName, List<EndpointConfigVersion> versions, String nextPageToken) {
  public static final int DEFAULT_PAGE = 20;
  public static final int MAX_PAGE = 100;

  /** What a caller asked for: a page size, and the version number to continue below, if any. */
  public record Request(int maxResults, Integer before) {
    public static Request parse(String maxResults, String pageToken) {
      return new Request(
          MaxResults.parse(maxResults, DEFAULT_PAGE, MAX_PAGE),
          pageToken == null || pageToken.isBlank() ? null : before(pageToken.trim()));
    }

    private static int before(String token) {
      try {
        int version = Integer.parseInt(token);
        if (version >= 1) {
          return version;
        }
      } catch (NumberFormatException e) {
        // answered below, like a number that is no version
      }
      throw new InvalidParameterException(
          "page_token is not one this API returned; pass next_page_token unchanged.");
    }

    /** The page, with a token to the next one when it is full. */
    ConfigVersionPage page(String endpointName, List<EndpointConfigVersion> versions) {
      String next =
          versions.size() == maxResults
              ? Integer.toString(versions.get(versions.size() - 1).version())
              : null;
      return new ConfigVersionPage(endpointName, versions, next);
    }
  }
}
