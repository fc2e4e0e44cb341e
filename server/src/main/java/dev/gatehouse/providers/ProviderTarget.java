package dev.gatehouse.providers;

import dev.gatehouse.endpoints.domain.ExternalModel;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where an invocation goes: the external model (its {@code name} is the provider's model id), its
 * provider config block, and the credentials, resolved only when the adapter asks for one.
 */
public record ProviderTarget(ExternalModel model, ObjectNode config, Credentials credentials) {

  /** Resolves a credential field of the config block (the reference or its {@code _plaintext}). */
  @FunctionalInterface
  public interface Credentials {
    /**
     * @param field the field name without {@code _plaintext}, e.g. {@code openai_api_key}
     * @return the secret value; never logged, never put in an exception message
     */
    String get(String field);
  }
}
