package dev.gatehouse.endpoints.domain;

/**
 * What an endpoint already is, fixed by its first config: its task, and whether it serves an
 * external model. Both are null for an endpoint that has never had a config.
 */
public record EndpointKind(Task task, Boolean external) {
  public static final EndpointKind NEW = new EndpointKind(null, null);
}
