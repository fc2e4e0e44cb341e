package dev.gatehouse.providers;

import dev.gatehouse.endpoints.domain.Task;
import tools.jackson.databind.node.ObjectNode;

/**
 * One call as adapters see it: the endpoint's task, the caller's OpenAI-shaped request body (for
 * chat: messages, max_tokens, temperature, ...; completions: prompt; embeddings: input), with
 * Gatehouse's own fields ({@code client_request_id}, {@code usage_context}) already taken out and
 * {@code extra_params} merged in, whether it streams, and the served entity's name (for the {@code
 * model} field of the answer and the {@code served-model-name} header).
 */
public record Invocation(Task task, ObjectNode body, boolean stream, String servedModelName) {}
