package dev.gatehouse.providers;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Translates one provider stream into OpenAI chunks ({@code chat.completion.chunk} or streamed
 * {@code text_completion}), event by event, so chunks are forwarded as they arrive. The invocation
 * context frames the provider's bytes into {@link UpstreamEvent}s (per {@link #format()}), writes
 * the chunks this returns, then a final usage chunk and {@code data: [DONE]}.
 */
public interface StreamTranslator {

  /** How the provider frames its stream. */
  StreamFormat format();

  /**
   * The chunks for one upstream event (often one, sometimes none: pings, metadata). Throws {@link
   * UpstreamStreamException} when the event is the provider reporting an error mid-stream.
   */
  List<ObjectNode> onEvent(UpstreamEvent event);

  /** Whether the provider has said its last word (e.g. {@code [DONE]}, {@code message_stop}). */
  boolean finished();

  /**
   * The usage of the whole stream, known once it finished (estimated if the provider sent none).
   */
  Usage usage();

  enum StreamFormat {
    /** Server-sent events: {@code event:} and {@code data:} lines, events end at a blank line. */
    SSE,
    /** The AWS event stream (binary frames), as Bedrock's converse-stream sends. */
    AWS_EVENT_STREAM
  }
}
