package dev.gatehouse.terraform.client;

import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** A config update was still running when the wait ran out; it names the state it was in. */
public class EndpointWaitTimeoutException extends RuntimeException {
  private final String endpointName;
  private final EndpointState state;
  private final transient JsonNode endpoint;

  public EndpointWaitTimeoutException(String endpointName, JsonNode endpoint, Duration waited) {
    super(describe(endpointName, EndpointState.of(endpoint), waited));
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

  public JsonNode endpoint() {
    return endpoint;
  }

  private static String describe(String name, EndpointState state, Duration waited) {
    String pending =
        state.pendingConfigVersion() == null
            ? ""
            : " (pending config version " + state.pendingConfigVersion() + ")";
    return "Serving endpoint '"
        + name
        + "' was still "
        + state.configUpdate()
        + pending
        + " after "
        + UpdateWaiter.seconds(waited)
        + "; the update keeps running on the server. Wait longer, or cancel it with DELETE"
        + " /api/2.0/serving-endpoints/"
        + name
        + "/pending-config.";
  }
}
