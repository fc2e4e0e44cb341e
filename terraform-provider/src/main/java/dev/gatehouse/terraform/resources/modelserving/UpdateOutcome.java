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
 * becomes an error diagnostic and the others still go ahead; the state returned is what the server
 * reports afterwards, so a config that never became ready is not recorded (the old one still
 * serves) and the next plan proposes the change again, as Terraform's convention for partial
 * failure asks.
 */
final class UpdateOutcome {
  private final Value planned;
  private final Diagnostics diagnostics;
  private Value current;

  UpdateOutcome(Value prior, Value planned, Diagnostics diagnostics) {
    this.planned = planned;
    this.diagnostics = diagnostics;
    this.current = prior;
  }

  /** After create: waits for the first config; on failure the endpoint stays, tainted. */
  static Value waited(EndpointCalls calls, JsonNode created, Value planned, Diagnostics diags) {
    UpdateOutcome outcome = new UpdateOutcome(planned, planned, diags);
    JsonNode[] endpoint = {created};
    outcome.step(
        ModelServingSchema.CONFIG,
        () -> {
          endpoint[0] = calls.waitUntilNotUpdating();
          return null;
        },
        failed -> endpoint[0] = failed);
    return ModelServingState.of(endpoint[0], planned);
  }

  boolean changed(String part) {
    return !current.get(part).equals(planned.get(part));
  }

  /** Marks a part as done. */
  void applied(String part) {
    current = current.with(part, planned.get(part));
  }

  /** Runs the call of one part; a failure becomes a diagnostic at that part. */
  void step(String part, Supplier<?> call) {
    step(part, call, failed -> {});
  }

  private void step(String part, Supplier<?> call, java.util.function.Consumer<JsonNode> failed) {
    AttributePath path = AttributePath.of(part);
    try {
      call.get();
      applied(part);
    } catch (EndpointUpdateException e) {
      failed.accept(e.endpoint());
      diagnostics.error(
          path,
          "The serving endpoint did not become ready",
          e.getMessage()
              + " The previous config (if any) keeps serving. Fix the cause and apply again.");
    } catch (EndpointWaitTimeoutException e) {
      failed.accept(e.endpoint());
      diagnostics.error(
          path,
          "Timed out waiting for the serving endpoint",
          e.getMessage() + " Raise timeouts { create/update } or check the endpoint's state.");
    } catch (GatehouseApiException e) {
      diagnostics.error(
          path,
          "Gatehouse refused to update " + part + " of the serving endpoint",
          e.status() + " " + e.errorCode() + ": " + e.getMessage());
    }
  }

  /**
   * The state after the calls: the endpoint as the server reports it, with the write-only parts
   * (plaintext credentials, legacy rate limits) of what was applied.
   */
  Value result(JsonNode endpoint) {
    return ModelServingState.of(endpoint, current);
  }
}
