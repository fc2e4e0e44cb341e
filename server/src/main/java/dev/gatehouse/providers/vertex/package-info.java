/**
 * Google Cloud Vertex AI (Gemini) behind Gatehouse's OpenAI-shaped API. {@link
 * dev.gatehouse.providers.vertex.VertexAdapter} addresses the publisher model ({@code
 * :generateContent}, {@code :streamGenerateContent?alt=sse}, {@code :predict} for embeddings) and
 * wires the request mapper (messages to {@code contents}, {@code systemInstruction} and {@code
 * generationConfig}), the answer and its usage, Google's RPC error body, and the SSE stream, whose
 * events are whole responses. {@link dev.gatehouse.providers.vertex.ServiceAccountKey} reads the
 * JSON key the endpoint's access token is signed with; the token itself is the invocation context's
 * business.
 */
package dev.gatehouse.providers.vertex;
