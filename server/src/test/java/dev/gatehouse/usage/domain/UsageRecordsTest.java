package dev.gatehouse.usage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.invocation.domain.CallOutcome;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Usage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class UsageRecordsTest {
  private final UsageRecords records = new UsageRecords(PriceTables.builtIn(), 64);
  private final ObjectNode context = Json.MAPPER.createObjectNode().put("team", "search");

  @Test
  void trackingOnRecordsEverythingTrackingOffRecordsMetadataWhenRecordAllIsOn() {
    assertThat(RecordingMode.of(Calls.tracking(true), false)).isEqualTo(RecordingMode.FULL);
    assertThat(RecordingMode.of(Calls.tracking(false), true)).isEqualTo(RecordingMode.METADATA);
    assertThat(RecordingMode.of(null, true)).isEqualTo(RecordingMode.METADATA);
    assertThat(RecordingMode.of(Calls.tracking(false), false)).isEqualTo(RecordingMode.NONE);
    assertThat(RecordingMode.of(null, false)).isEqualTo(RecordingMode.NONE);
  }

  @Test
  void aFullRecordCarriesTheCallTheCallerAndTheCost() {
    CallOutcome call =
        Calls.answered(
            Calls.endpoint("openai", "gpt-4o-mini", Calls.tracking(true)),
            Usage.of(19, 3),
            context);

    UsageRecord r = records.of(call, RecordingMode.FULL);

    assertThat(r.callTime()).isEqualTo(Calls.STARTED.toEpochMilli());
    assertThat(r.endpointId()).isEqualTo("ep1");
    assertThat(r.endpointName()).isEqualTo("chat");
    assertThat(r.servedEntityName()).isEqualTo("chat-entity");
    assertThat(r.principalId()).isEqualTo(7);
    assertThat(r.principalKind()).isEqualTo("USER");
    assertThat(r.principalName()).isEqualTo("alice@example.com");
    assertThat(r.clientRequestId()).isEqualTo("req-1");
    assertThat(r.usageContext()).isEqualTo("{\"team\":\"search\"}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.errorCode()).isNull();
    assertThat(r.totalTokens()).isEqualTo(22);
    assertThat(r.latencyMs()).isEqualTo(120);
    assertThat(r.timeToFirstTokenMs()).isNull();
    assertThat(r.costUsd()).isEqualByComparingTo("0.00000465");
  }

  @Test
  void metadataLeavesTheUsageContextOutAndAnUnknownModelHasNoCost() {
    CallOutcome call =
        Calls.answered(Calls.endpoint("custom", "model-x", null), Usage.of(10, 10), context);

    UsageRecord r = records.of(call, RecordingMode.METADATA);

    assertThat(r.usageContext()).isNull();
    assertThat(r.costUsd()).isNull();
    assertThat(r.clientRequestId()).isEqualTo("req-1");
  }

  @Test
  void anOversizedUsageContextIsReplacedByANoteOfItsSize() {
    ObjectNode big = Json.MAPPER.createObjectNode().put("blob", "x".repeat(100));

    assertThat(records.context(big)).isEqualTo("{\"truncated\":true,\"original_chars\":111}");
    assertThat(records.context(null)).isNull();
  }
}
