package dev.gatehouse.invocation.domain;

import dev.gatehouse.endpoints.domain.ExternalModel;
import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.providers.openai.OpenAiAdapter;
import dev.gatehouse.providers.vertex.ServiceAccountKey;
import dev.gatehouse.providers.vertex.VertexAdapter;
import dev.gatehouse.secrets.domain.SecretResolver;
import dev.gatehouse.secrets.domain.SecretValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The target of an external model: its provider block, with credentials resolved through {@link
 * SecretResolver} (cached there) only when the adapter asks. A dotted field ({@code
 * bearer_token_auth.token}) names a credential in a nested block.
 */
@ApplicationScoped
public class ProviderTargets {
  /** Azure OpenAI's token scope for Microsoft Entra ID client credentials. */
  static final String COGNITIVE_SERVICES_SCOPE = "https://cognitiveservices.azure.com/.default";

  /** The OAuth scope of Vertex AI calls with a Google service account. */
  static final String CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform";

  @Inject SecretResolver secrets;
  @Inject AccessTokens tokens;

  @Inject
  @ConfigProperty(
      name = "gatehouse.invocations.entra-authority",
      defaultValue = "https://login.microsoftonline.com")
  String entraAuthority;

  /** Empty: each service account key's own {@code token_uri}. */
  @Inject
  @ConfigProperty(name = "gatehouse.providers.google-cloud-vertex-ai.token-url")
  Optional<String> googleTokenUrl = Optional.empty();

  public ProviderTarget of(ExternalModel model) {
    ObjectNode block = model.configBlocks().get(model.providerKind().configBlock());
    ObjectNode config = block == null ? Json.MAPPER.createObjectNode() : block;
    return new ProviderTarget(model, config, field -> credential(config, field));
  }

  private String credential(ObjectNode config, String field) {
    if (field.equals(OpenAiAdapter.ENTRA_ACCESS_TOKEN)) {
      return entraToken(config);
    }
    if (field.equals(VertexAdapter.ACCESS_TOKEN)) {
      return googleToken(config);
    }
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

  /** A Microsoft Entra ID token for Azure OpenAI, from the block's client credentials. */
  private String entraToken(ObjectNode config) {
    String tenant = config.path("microsoft_entra_tenant_id").asString("");
    String authority =
        entraAuthority.endsWith("/")
            ? entraAuthority.substring(0, entraAuthority.length() - 1)
            : entraAuthority;
    URI tokenUrl =
        URI.create(
            authority
                + "/"
                + URLEncoder.encode(tenant, StandardCharsets.UTF_8)
                + "/oauth2/v2.0/token");
    return tokens.clientCredentials(
        tokenUrl,
        config.path("microsoft_entra_client_id").asString(""),
        credential(config, "microsoft_entra_client_secret"),
        COGNITIVE_SERVICES_SCOPE);
  }

  /** A Google access token for Vertex AI, from the service account key in {@code private_key}. */
  private String googleToken(ObjectNode config) {
    ServiceAccountKey key;
    try {
      key = ServiceAccountKey.parse(credential(config, VertexAdapter.PRIVATE_KEY_FIELD));
    } catch (IllegalArgumentException e) {
      throw new CredentialUnavailableException(e.getMessage());
    }
    URI tokenUrl =
        googleTokenUrl
            .filter(url -> !url.isBlank())
            .map(url -> URI.create(url.strip()))
            .orElse(key.tokenUri());
    return tokens.jwtBearer(
        tokenUrl, key.clientEmail(), key.privateKeyId(), key.privateKey(), CLOUD_PLATFORM_SCOPE);
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
