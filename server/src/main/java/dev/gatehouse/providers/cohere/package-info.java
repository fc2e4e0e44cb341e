/**
 * Cohere's v2 API behind Gatehouse's OpenAI-shaped API. {@link
 * dev.gatehouse.providers.cohere.CohereAdapter} wires the request mapper ({@code /v2/chat} with the
 * system message kept in {@code messages}, {@code /v2/embed} for embeddings), the answer and its
 * usage, the error body, and the SSE stream. Completions are emulated as one user message.
 */
package dev.gatehouse.providers.cohere;
