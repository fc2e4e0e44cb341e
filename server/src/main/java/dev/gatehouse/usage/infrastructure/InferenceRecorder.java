package dev.gatehouse.usage.infrastructure;

import dev.gatehouse.invocation.domain.CallOutcome;
import dev.gatehouse.usage.domain.InferenceRecord;
import dev.gatehouse.usage.domain.InferenceRecords;
import dev.gatehouse.usage.domain.InferenceTableSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Hears every call's end and queues the inference record of those that carry payloads (calls on
 * endpoints with an inference table); any other call costs one null check. Runs on the caller's
 * thread: it caps the payloads (see {@link InferenceRecords}) and queues, never touching the
 * database. {@link UsageRecorder} has the writer drain both queues at shutdown.
 */
@ApplicationScoped
public class InferenceRecorder {
  @Inject InferenceTableSettings settings;
  @Inject UsageWriter writer;

  private InferenceRecords records;

  @PostConstruct
  void start() {
    records = new InferenceRecords(settings.maxPayloadBytes());
  }

  void record(@Observes CallOutcome call) {
    if (call.payloads() == null) {
      return;
    }
    InferenceRecord record = records.of(call);
    writer.enqueue(record);
  }
}
