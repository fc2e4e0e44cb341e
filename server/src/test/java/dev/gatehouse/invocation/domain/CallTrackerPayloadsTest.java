package dev.gatehouse.invocation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.access.domain.PrincipalKind;
import dev.gatehouse.endpoints.domain.AccessControlList;
import dev.gatehouse.endpoints.domain.AiGatewayConfig;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Answer;
import dev.gatehouse.providers.Usage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** What the tracker keeps of a call's payloads, and that it keeps nothing without a table. */
class CallTrackerPayloadsTest {
  private static final Caller ALICE =
      new Caller(7, PrincipalKind.USER, "alice@example.com", false, Set.of());
  private final List<CallOutcome> outcomes = new ArrayList<>();

  private static ServingSnapshot endpoint(String inferenceTable) {
    AiGatewayConfig gateway =
        inferenceTable == null
            ? null
            : new AiGatewayConfig(
                null, (ObjectNode) Json.MAPPER.readTree(inferenceTable), null, null, null);
    return new ServingSnapshot(
        "ep1", "chat", Task.CHAT, 1, "entity", null, AccessControlList.EMPTY, gateway, List.of());
  }

  private CallTracker tracker(ServingSnapshot endpoint, int cap) {
    return new CallTracker(outcomes::add, endpoint, ALICE, Instant.now(), System.nanoTime(), cap);
  }

  private static ObjectNode json(String text) {
    return (ObjectNode) Json.MAPPER.readTree(text);
  }

  @Test
  void anEnabledTableKeepsTheRequestAsSentAndTheAnswer() {
    CallTracker tracker = tracker(endpoint("{\"enabled\":true,\"catalog_name\":\"c\"}"), 1000);
    ObjectNode body = json("{\"messages\":[],\"client_request_id\":\"r1\"}");
    ObjectNode answer = json("{\"object\":\"chat.completion\"}");

    tracker.received(body);
    tracker.answered(new Answer(answer, Usage.of(1, 1)));

    CallPayloads payloads = outcomes.get(0).payloads();
    assertThat(payloads.request()).isSameAs(body);
    assertThat(payloads.response()).isSameAs(answer);
    assertThat(payloads.responseCut()).isFalse();
    assertThat(outcomes.get(0).callId()).hasSize(36);
  }

  @Test
  void aFailureKeepsTheErrorBodyTheCallerGot() {
    CallTracker tracker = tracker(endpoint("{\"enabled\":true}"), 1000);
    tracker.received(json("{\"messages\":1}"));

    tracker.failed(new InvalidParameterException("'messages' must be a list of messages."));

    assertThat(outcomes.get(0).payloads().response().toString())
        .isEqualTo(
            "{\"error_code\":\"INVALID_PARAMETER_VALUE\","
                + "\"message\":\"'messages' must be a list of messages.\"}");
  }

  @Test
  void aStreamIsAssembledFromItsChunks() {
    CallTracker tracker = tracker(endpoint("{\"enabled\":true}"), 1000);
    tracker.chunk(
        json("{\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}"));

    tracker.streamEnded(Usage.of(3, 1), "UPSTREAM_ERROR", "The provider's stream broke.");

    CallPayloads payloads = outcomes.get(0).payloads();
    assertThat(
            payloads.response().path("choices").get(0).path("message").path("content").asString())
        .isEqualTo("Hi");
    assertThat(payloads.response().path("error").path("message").asString())
        .isEqualTo("The provider's stream broke.");
  }

  @Test
  void nothingIsKeptWithoutAnEnabledTable() {
    for (ServingSnapshot endpoint :
        List.of(endpoint(null), endpoint("{\"enabled\":false,\"catalog_name\":\"c\"}"))) {
      outcomes.clear();
      CallTracker tracker = tracker(endpoint, 1000);
      tracker.received(json("{\"messages\":[]}"));
      tracker.chunk(json("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}"));
      tracker.streamEnded(Usage.of(1, 1), null);

      assertThat(outcomes.get(0).payloads()).isNull();
    }
  }

  @Test
  void callIdsDifferAndAreUuids() {
    String a = CallOutcome.newCallId();
    String b = CallOutcome.newCallId();

    assertThat(a).isNotEqualTo(b);
    assertThat(java.util.UUID.fromString(a).version()).isEqualTo(4);
    assertThat(java.util.UUID.fromString(a).variant()).isEqualTo(2);
  }
}
