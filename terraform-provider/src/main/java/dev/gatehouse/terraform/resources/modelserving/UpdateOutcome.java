package dev.gatehouse.terraform.resources.modelserving;

import dev.gatehouse.terraform.client.EndpointUpdateException;
import dev.gatehouse.terraform.client.EndpointWaitTimeoutException;
import dev.gatehouse.terraform.client.GatehouseApiException;
import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.Value;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * What an apply of {@code gatehouse_model_serving} achieved, part by part. A part that fails
 * becomes an error diagnostic at that part and the others still go ahead; the state returned is
 * what the server reports afterwards. So a config that never became ready is not recorded (the old
 * one still serves) and the next plan proposes the change again, as Terraform's convention for a
 * partial failure asks; after a failed create Terraform keeps the endpoint as tainted.
 */
final class UpdateOutcome {
  private static final String AFTER_FAILED_UPDATE =
      " The previous config keeps serving and stays in the state: fix the cause and apply again.";
  private static final String AFTER_FAILED_CREATE =
      " The endpoint exists without a serving config; Terraform marks it tainted and the next"
          + " apply replaces it.";

  private final Value planned;
  private final Diagnostics diagnostics;
  private final String afterFailure;
  private Value current;
  private JsonNode lastSeen;

  private UpdateOutcome(Value prior, Value planned, Diagnostics diagnostics, String afterFailure) {
    this.planned = planned;
    this.diagnostics = diagnostics;
    this.afterFailure = afterFailure;
    this.current = prior;
  }

  static UpdateOutcome ofUpdate(Value prior, Value planned, Diagnostics diagnostics) {
    return new UpdateOutcome(prior, planned, diagnostics, AFTER_FAILED_UPDATE);
  }

  /** After the create call: waits for the first config to serve. */
  static Value afterCreate(EndpointCalls calls, JsonNode created, Value planned, Diagnostics d) {
    UpdateOutcome outcome = new UpdateOutcome(planned, planned, d, AFTER_FAILED_CREATE);
    outcome.lastSeen = created;
    outcome.step(ModelServingSchema.CONFIG, calls::waitUntilNotUpdating);
    return ModelServingState.of(outcome.lastSeen, planned);
  }

  boolean changed(String part) {
    return !current.get(part).equals(planned.get(part));
  }

  /** Marks a part as done. */
  void applied(String part) {
    current = current.with(part, planned.get(part));
  }

  /** Runs the call(s) of one part; a failure becomes a diagnostic at that part's block. */
  void step(String part, Supplier<?> call) {
    AttributePath path = AttributePath.of(part);
    if (!planned.get(part).elements().isEmpty()) {
      path = path.index(0);
    }
    try {
      Object answer = call.get();
      if (answer instanceof JsonNode endpoint) {
        lastSeen = endpoint;
      }
      applied(part);
    } catch (EndpointUpdateException e) {
      lastSeen = e.endpoint();
      diagnostics.error(
          path, "The serving endpoint did not become ready", e.getMessage() + afterFailure);
    } catch (EndpointWaitTimeoutException e) {
      lastSeen = e.endpoint();
      diagnostics.error(
          path,
          "Timed out waiting for the serving endpoint",
          e.getMessage() + " Raise timeouts { create, update } if it needs longer." + afterFailure);
    } catch (GatehouseApiException e) {
      diagnostics.error(
          path,
          "Gatehouse refused to update " + part + " of the serving endpoint",
          e.status() + " " + e.errorCode() + ": " + e.getMessage());
    }
  }

  /**
   * The state after the calls: the endpoint as the server reports it, with the parts GET cannot
   * show (plaintext credentials, legacy rate limits) as far as they were applied.
   */
  Value result(JsonNode endpoint) {
    return ModelServingState.of(endpoint, current);
  }
}
