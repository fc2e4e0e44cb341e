package dev.gatehouse.bench.upstream;

import dev.gatehouse.bench.Flags;

/**
 * How the fake provider answers. Flags: {@code --port --id --latency-ms --jitter-ms --chunks
 * --tokens-per-chunk --chunk-delay-ms --fail-pct --429-pct --threads}.
 *
 * @param id put in every answer ({@code system_fingerprint}, Anthropic's message id, the header
 *     {@code x-upstream-id}) so a call answered by the wrong upstream can be told
 * @param chunks content chunks of a stream; also the size of a non-streamed answer
 */
public record UpstreamOptions(
    int port,
    String id,
    int latencyMs,
    int jitterMs,
    int chunks,
    int tokensPerChunk,
    int chunkDelayMs,
    double failPct,
    double rateLimitPct,
    int threads) {

  public static UpstreamOptions parse(String[] args) {
    Flags flags =
        new Flags(
            args,
            "port id latency-ms jitter-ms chunks tokens-per-chunk chunk-delay-ms fail-pct 429-pct threads");
    return new UpstreamOptions(
        flags.integer("port", 0),
        flags.text("id", "upstream"),
        flags.integer("latency-ms", 0),
        flags.integer("jitter-ms", 0),
        flags.integer("chunks", 10),
        flags.integer("tokens-per-chunk", 1),
        flags.integer("chunk-delay-ms", 0),
        flags.decimal("fail-pct", 0),
        flags.decimal("429-pct", 0),
        flags.integer("threads", Runtime.getRuntime().availableProcessors()));
  }

  /** Completion tokens of every answer. */
  public int completionTokens() {
    return chunks * tokensPerChunk;
  }
}
