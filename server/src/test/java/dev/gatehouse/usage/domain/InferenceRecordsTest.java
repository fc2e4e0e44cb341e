package dev.gatehouse.usage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.invocation.domain.CallOutcome;
import dev.gatehouse.invocation.domain.CallPayloads;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Usage;
import org.junit.jupiter.api.Test;

class InferenceRecordsTest {
  private final InferenceRecords records = new InferenceRecords(20);

  private static CallOutcome withPayloads(CallOutcome c, CallPayloads payloads) {
    return new CallOutcome(
        c.endpoint(),
        c.caller(),
        c.clientRequestId(),
        c.usageContext(),
        c.stream(),
        c.status(),
        c.errorCode(),
        c.usage(),
        c.startedAt(),
        c.latency(),
        c.timeToFirstToken(),
        c.callId(),
        payloads);
  }

  @Test
  void aCallWithoutPayloadsHasNoRecord() {
    CallOutcome call =
        Calls.answered(Calls.endpoint("openai", "gpt-4o", null), Usage.of(1, 1), null);

    assertThat(records.of(call)).isNull();
  }

  @Test
  void theRecordSharesTheUsageRecordsIdAndCapsEachPayload() {
    CallOutcome call =
        withPayloads(
            Calls.answered(Calls.endpoint("openai", "gpt-4o", null), Usage.of(1, 1), null),
            new CallPayloads(
                Json.MAPPER.readTree("{\"messages\":[]}"),
                Json.MAPPER.readTree("{\"object\":\"chat.completion\",\"choices\":[]}"),
                false));

    InferenceRecord record = records.of(call);
    UsageRecord usage =
        new UsageRecords(PriceTables.builtIn(), 100).of(call, RecordingMode.METADATA);

    assertThat(record.id()).isEqualTo(usage.id()).isEqualTo(call.callId());
    assertThat(record.endpointId()).isEqualTo("ep1");
    assertThat(record.principalName()).isEqualTo("alice@example.com");
    assertThat(record.clientRequestId()).isEqualTo("req-1");
    assertThat(record.callTime()).isEqualTo(Calls.STARTED.toEpochMilli());
    assertThat(record.request()).isEqualTo(new CappedPayload("{\"messages\":[]}", 15, false));
    assertThat(record.response().text()).isEqualTo("{\"object\":\"chat.comp");
    assertThat(record.response().truncated()).isTrue();
  }
}
