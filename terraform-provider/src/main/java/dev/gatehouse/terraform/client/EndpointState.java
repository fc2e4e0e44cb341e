package dev.gatehouse.terraform.client;

import tools.jackson.databind.JsonNode;

/**
 * The update-relevant part of an endpoint: {@code state.ready}, {@code state.config_update}, the
 * server's {@code state.config_update_message} (why the last update failed or who canceled it) and
 * the versions of the serving and pending configs. Versions are null when that config is absent.
 */
public record EndpointState(
    String ready,
    String configUpdate,
    String message,
    Long servingConfigVersion,
    Long pendingConfigVersion) {

  public static final String NOT_UPDATING = "NOT_UPDATING";
  public static final String IN_PROGRESS = "IN_PROGRESS";
  public static final String UPDATE_FAILED = "UPDATE_FAILED";
  public static final String UPDATE_CANCELED = "UPDATE_CANCELED";

  public static EndpointState of(JsonNode endpoint) {
    JsonNode state = endpoint.path("state");
    return new EndpointState(
        state.path("ready").asString(null),
        state.path("config_update").asString(null),
        state.path("config_update_message").asString(null),
        version(endpoint.path("config")),
        version(endpoint.path("pending_config")));
  }

  public boolean inProgress() {
    return IN_PROGRESS.equals(configUpdate);
  }

  /** The last update ended without serving: UPDATE_FAILED or UPDATE_CANCELED. */
  public boolean updateEndedBadly() {
    return UPDATE_FAILED.equals(configUpdate) || UPDATE_CANCELED.equals(configUpdate);
  }

  private static Long version(JsonNode config) {
    JsonNode version = config.path("config_version");
    return version.isNumber() ? version.longValue() : null;
  }
}
