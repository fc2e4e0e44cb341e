package dev.gatehouse.usage.infrastructure;

import dev.gatehouse.invocation.domain.CallOutcome;
import dev.gatehouse.platform.ApplicationStopping;
import dev.gatehouse.usage.domain.RecordingMode;
import dev.gatehouse.usage.domain.UsageSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Hears every call's end. It runs on the caller's thread (for streams, at stream end), so it only
 * decides whether the call is recorded and queues it; the writer does the rest later. When the
 * application stops, it has the writer drain the queue.
 */
@ApplicationScoped
public class UsageRecorder {
  @Inject UsageSettings settings;
  @Inject UsageWriter writer;

  void record(@Observes CallOutcome call) {
    RecordingMode mode = RecordingMode.of(call.endpoint().gateway(), settings.recordAll());
    if (mode != RecordingMode.NONE) {
      writer.enqueue(call, mode);
    }
  }

  /** Write out what is queued; a stream still running now ends too late to be recorded. */
  void drain(@Observes ApplicationStopping stopping) {
    writer.drain();
  }
}
