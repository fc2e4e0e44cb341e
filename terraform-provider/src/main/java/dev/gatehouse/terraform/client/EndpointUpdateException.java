package dev.gatehouse.terraform.client;

import tools.jackson.databind.JsonNode;

/**
 * A config update ended UPDATE_FAILED or UPDATE_CANCELED. The message carries the server's own
 * reason ({@code state.config_update_message}) so a Terraform diagnostic shows what to fix.
 */
public class EndpointUpdateException extends RuntimeException {
  private final String endpointName;
  private final EndpointState state;
  private final transient JsonNode endpoint;

  public EndpointUpdateException(String endpointName, JsonNode endpoint) {
    super(describe(endpointName, EndpointState.of(endpoint)));
    this.endpointName = endpointName;
    this.state = EndpointState.of(endpoint);
    this.endpoint = endpoint;
  }

  public String endpointName() {
    return endpointName;
  }

  public EndpointState state() {
    return state;
  }

  /** The server's reason, e.g. {@code Update to config version 2 failed: ...}; may be null. */
  public String reason() {
    return state.message();
  }

  public boolean canceled() {
    return EndpointState.UPDATE_CANCELED.equals(state.configUpdate());
  }

  /** The endpoint as last read, so a caller can record what still serves. */
  public JsonNode endpoint() {
    return endpoint;
  }

  private static String describe(String name, EndpointState state) {
    String reason = state.message() == null ? "the server gave no reason." : state.message();
    return "Serving endpoint '" + name + "' ended " + state.configUpdate() + ": " + reason;
  }
}
