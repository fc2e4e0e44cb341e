package dev.gatehouse.providers;

import tools.jackson.databind.node.ObjectNode;

/**
 * An OpenAI-shaped answer ({@code chat.completion}, {@code text_completion}, or a {@code list} of
 * embeddings) and its token usage, which is also inside the body as {@code usage}.
 */
public record Answer(ObjectNode body, Usage usage) {}
