package dev.gatehouse.endpoints.api;

import dev.gatehouse.endpoints.domain.ConfigVersionPage;
import dev.gatehouse.endpoints.domain.EndpointConfigVersion;
import dev.gatehouse.endpoints.domain.EndpointQueries;
import dev.gatehouse.endpoints.domain.TrafficConfig;
import dev.gatehouse.platform.json.JsonBody;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The version history's wire shapes. A version's config is rendered as GET renders the endpoint's
 * config, write-only fields dropped, but its entities carry no {@code state}: the version's {@code
 * status} says where it is.
 */
final class ConfigVersionViews {
  private ConfigVersionViews() {}

  record VersionConfig(List<JsonNode> servedEntities, TrafficConfig trafficConfig) {}

  record Version(
      int configVersion,
      String status,
      String createdBy,
      long startTime,
      Long finishedAt,
      String message,
      VersionConfig config) {
    static Version of(EndpointConfigVersion v) {
      return new Version(
          v.version(),
          v.status().name(),
          v.createdBy(),
          v.startTime(),
          v.finishedAt(),
          v.message(),
          new VersionConfig(
              EndpointViews.entities(v), EndpointQueries.configOf(v).trafficConfig()));
    }
  }

  record Page(String endpointName, List<Version> configVersions, String nextPageToken)
      implements JsonBody {
    static Page of(ConfigVersionPage page) {
      return new Page(
          page.endpointName(),
          page.versions().stream().map(Version::of).toList(),
          page.nextPageToken());
    }
  }
}
