/**
 * The Anthropic Messages API behind Gatehouse's OpenAI-shaped API. {@link
 * dev.gatehouse.providers.anthropic.AnthropicAdapter} wires four mappers, one per direction: the
 * request ({@code system} lifted out, {@code max_tokens} defaulted, tools to {@code tool_use} and
 * {@code tool_result} blocks), the answer and its usage, the error body, and the SSE stream.
 * Completions are emulated as one user message; embeddings do not exist on Anthropic.
 */
package dev.gatehouse.providers.anthropic;
