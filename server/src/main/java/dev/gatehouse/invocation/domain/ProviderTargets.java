package dev.gatehouse.invocation.domain;

import dev.gatehouse.endpoints.domain.ExternalModel;
import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.secrets.domain.SecretResolver;
import dev.gatehouse.secrets.domain.SecretValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The target of an external model: its provider block, with credentials resolved through {@link
 * SecretResolver} (cached there) only when the adapter asks. A dotted field ({@code
 * bearer_token_auth.token}) names a credential in a nested block.
 */
@ApplicationScoped
public class ProviderTargets {
  @Inject SecretResolver secrets;

  public ProviderTarget of(ExternalModel model) {
    ObjectNode block = model.configBlocks().get(model.providerKind().configBlock());
    ObjectNode config = block == null ? Json.MAPPER.createObjectNode() : block;
    return new ProviderTarget(model, config, field -> credential(config, field));
  }

  private String credential(ObjectNode config, String field) {
    ObjectNode holder = config;
    String name = field;
    int dot = field.lastIndexOf('.');
    if (dot > 0) {
      JsonNode nested = config.at("/" + field.substring(0, dot).replace('.', '/'));
      if (!(nested instanceof ObjectNode object)) {
        throw missing(field);
      }
      holder = object;
      name = field.substring(dot + 1);
    }
    try {
      return secrets
          .credential(holder, name)
          .map(SecretValue::asString)
          .orElseThrow(() -> missing(field));
    } catch (GatehouseException e) {
      if (e instanceof CredentialUnavailableException) {
        throw e;
      }
      throw new CredentialUnavailableException(
          "The endpoint's credential " + field + " cannot be read: " + e.getMessage());
    }
  }

  private static CredentialUnavailableException missing(String field) {
    return new CredentialUnavailableException(
        "The endpoint's config sets no credential " + field + "; its owner must set one.");
  }

  /** The endpoint's own credential cannot be had: the owner must act, the caller cannot. */
  public static class CredentialUnavailableException extends GatehouseException {
    public CredentialUnavailableException(String message) {
      super(ErrorCode.UPSTREAM_AUTH_FAILED, message);
    }
  }
}
