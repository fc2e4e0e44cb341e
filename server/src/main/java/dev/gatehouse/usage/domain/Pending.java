package dev.gatehouse.usage.domain;

import dev.gatehouse.invocation.domain.CallOutcome;

/** A call waiting in the buffer, with the mode decided when it ended. */
public record Pending(CallOutcome call, RecordingMode mode) {}
