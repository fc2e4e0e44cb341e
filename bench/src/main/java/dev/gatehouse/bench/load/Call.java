package dev.gatehouse.bench.load;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.netty.buffer.ByteBuf;
import java.util.function.Consumer;

/**
 * One request in flight. Its latency runs from the time it was <em>meant</em> to be sent, not from
 * when a connection became free: queueing in the driver counts (coordinated-omission correction).
 */
final class Call {
  private static final int KEPT_BODY_CHARS = 4096;

  final long intendedNanos;
  final boolean measured;
  private final boolean keepBody;
  private final Consumer<Call> onDone;
  private final StringBuilder body;
  int status;
  int events;

  /** Reads that brought at least one event: the chunks as the client sees them. */
  int arrivals;

  long firstEventNanos;
  long lastEventNanos;
  long endNanos;
  String error;
  private boolean finished;

  Call(long intendedNanos, boolean measured, boolean keepBody, Consumer<Call> onDone) {
    this.intendedNanos = intendedNanos;
    this.measured = measured;
    this.keepBody = keepBody;
    this.onDone = onDone;
    this.body = new StringBuilder();
  }

  void content(ByteBuf content, long now) {
    int found = sseEvents(content);
    if (found > 0) {
      if (events == 0) {
        firstEventNanos = now;
      }
      events += found;
      arrivals++;
      lastEventNanos = now;
    }
    boolean failed = status < 200 || status >= 300;
    if ((keepBody || failed) && body.length() < KEPT_BODY_CHARS) {
      body.append(content.toString(UTF_8));
    }
  }

  /** Counts SSE event ends (a blank line) in one piece of the body. */
  static int sseEvents(ByteBuf content) {
    int count = 0;
    int end = content.writerIndex();
    for (int i = content.readerIndex(); i + 1 < end; i++) {
      if (content.getByte(i) == '\n' && content.getByte(i + 1) == '\n') {
        count++;
        i++;
      }
    }
    return count;
  }

  String body() {
    return body.toString();
  }

  long latencyNanos() {
    return endNanos - intendedNanos;
  }

  boolean ok() {
    return error == null && status >= 200 && status < 300;
  }

  /** Ends the call once; later ends (a timeout racing the answer) are ignored. */
  synchronized void finish(long now, String failure) {
    if (finished) {
      return;
    }
    finished = true;
    endNanos = now;
    error = failure;
    onDone.accept(this);
  }
}
