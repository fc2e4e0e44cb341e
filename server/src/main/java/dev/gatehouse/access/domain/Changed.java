package dev.gatehouse.access.domain;

import tools.jackson.databind.JsonNode;

/** The result of a change, and a summary of what was there before, for the audit trail. */
public record Changed<T>(JsonNode before, T after) {}
