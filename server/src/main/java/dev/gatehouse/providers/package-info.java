/**
 * The provider SPI: how Gatehouse's one OpenAI-shaped API is translated to and from each external
 * provider's wire format. One {@link dev.gatehouse.providers.ProviderAdapter} per provider, each in
 * its own sub-package ({@code providers.openai}, {@code providers.anthropic}, ...), collected by a
 * registry. Adapters are pure translation: they build requests and read responses, and never do I/O
 * themselves (the invocation context sends, times out, retries and streams), so they are tested
 * against recorded fixtures without a network.
 */
package dev.gatehouse.providers;
