/**
 * The fake provider: OpenAI's and Anthropic's routes on loopback, answers rendered once per model,
 * configurable latency, streams and failures. Built to stay far from being the bottleneck.
 */
package dev.gatehouse.bench.upstream;
