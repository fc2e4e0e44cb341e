package dev.gatehouse.endpoints.domain;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rules of an external model that a JSON Schema cannot say clearly: which config block goes
 * with which provider, which credential pairs need exactly one of {@code x} / {@code x_plaintext},
 * and the provider-specific combinations (Azure, Bedrock, custom auth). Messages name the field and
 * never repeat a value, since the value may be a credential.
 */
public final class ExternalModelRules {
  private static final Set<String> AZURE_TYPES = Set.of("azure", "azuread");

  private ExternalModelRules() {}

  public static void check(ExternalModel model, String path) {
    ProviderKind provider = ProviderKind.fromWire(model.provider());
    if (provider == ProviderKind.PALM) {
      throw new InvalidParameterException(
          path
              + ".provider: 'palm' is retired (Google shut the PaLM API down); use"
              + " 'google-cloud-vertex-ai' with a Gemini model.");
    }
    Task.fromWire(model.task());
    Map<String, ObjectNode> blocks = model.configBlocks();
    for (String block : blocks.keySet()) {
      if (!block.equals(provider.configBlock())) {
        throw new InvalidParameterException(
            path
                + "."
                + block
                + " does not belong to provider '"
                + provider.wire()
                + "'; remove it and set "
                + provider.configBlock()
                + ".");
      }
    }
    ObjectNode config = blocks.get(provider.configBlock());
    String blockPath = path + "." + provider.configBlock();
    if (config == null) {
      throw new InvalidParameterException(
          blockPath + " is required for provider '" + provider.wire() + "'.");
    }
    checkProvider(provider, new Block(config, blockPath));
  }

  private static void checkProvider(ProviderKind provider, Block block) {
    switch (provider) {
      case OPENAI -> checkOpenAi(block);
      case ANTHROPIC -> block.exactlyOneOf("anthropic_api_key");
      case COHERE -> {
        block.exactlyOneOf("cohere_api_key");
        block.optionalUrl("cohere_api_base");
      }
      case AI21LABS -> block.exactlyOneOf("ai21labs_api_key");
      case GOOGLE_CLOUD_VERTEX_AI -> block.exactlyOneOf("private_key");
      case DATABRICKS_MODEL_SERVING -> {
        block.exactlyOneOf("databricks_api_token");
        block.optionalUrl("databricks_workspace_url");
      }
      case AMAZON_BEDROCK -> checkBedrock(block);
      case CUSTOM -> checkCustom(block);
      default ->
          throw new InvalidParameterException("Provider " + provider.wire() + " is retired.");
    }
  }

  private static void checkOpenAi(Block block) {
    String type = block.text("openai_api_type");
    if (type == null || type.equals("openai")) {
      block.exactlyOneOf("openai_api_key");
      block.forbid("microsoft_entra_client_id", "only with openai_api_type 'azuread'");
      block.forbid("microsoft_entra_tenant_id", "only with openai_api_type 'azuread'");
      block.forbid("microsoft_entra_client_secret", "only with openai_api_type 'azuread'");
      block.forbid(
          "microsoft_entra_client_secret_plaintext", "only with openai_api_type 'azuread'");
      block.forbid("openai_deployment_name", "only with openai_api_type 'azure' or 'azuread'");
    } else if (AZURE_TYPES.contains(type)) {
      block.require("openai_api_base", "Azure OpenAI needs the resource URL");
      block.require("openai_api_version", "Azure OpenAI needs an API version such as 2024-10-21");
      block.require("openai_deployment_name", "Azure OpenAI calls a deployment, not a model");
      if (type.equals("azure")) {
        block.exactlyOneOf("openai_api_key");
        forbidEntra(block, "only with openai_api_type 'azuread'");
      } else {
        block.require("microsoft_entra_client_id", "Entra ID auth needs the app's client id");
        block.require("microsoft_entra_tenant_id", "Entra ID auth needs the tenant id");
        block.exactlyOneOf("microsoft_entra_client_secret");
        block.forbidPair("openai_api_key", "Entra ID auth uses the client secret, not an API key");
      }
    }
    block.optionalUrl("openai_api_base");
  }

  private static void forbidEntra(Block block, String when) {
    for (String field :
        List.of(
            "microsoft_entra_client_id",
            "microsoft_entra_tenant_id",
            "microsoft_entra_client_secret",
            "microsoft_entra_client_secret_plaintext")) {
      block.forbid(field, when);
    }
  }

  private static void checkBedrock(Block block) {
    boolean profile = block.has("instance_profile_arn");
    boolean keys = block.hasPair("aws_access_key_id") || block.hasPair("aws_secret_access_key");
    if (profile == keys) {
      throw new InvalidParameterException(
          block.path
              + ": authenticate with exactly one of instance_profile_arn or the access key pair"
              + " (aws_access_key_id and aws_secret_access_key).");
    }
    if (keys) {
      block.exactlyOneOf("aws_access_key_id");
      block.exactlyOneOf("aws_secret_access_key");
    }
  }

  private static void checkCustom(Block block) {
    block.requireUrl("custom_provider_url");
    JsonNode bearer = block.node.get("bearer_token_auth");
    JsonNode apiKey = block.node.get("api_key_auth");
    if ((bearer == null) == (apiKey == null)) {
      throw new InvalidParameterException(
          block.path + ": set exactly one of bearer_token_auth or api_key_auth.");
    }
    if (bearer != null) {
      new Block((ObjectNode) bearer, block.path + ".bearer_token_auth").exactlyOneOf("token");
    } else {
      new Block((ObjectNode) apiKey, block.path + ".api_key_auth").exactlyOneOf("value");
    }
  }

  /** A config block and its JSON path, with the checks every provider uses. */
  private record Block(ObjectNode node, String path) {
    boolean has(String field) {
      JsonNode value = node.get(field);
      return value != null && !value.isNull();
    }

    boolean hasPair(String field) {
      return has(field) || has(field + "_plaintext");
    }

    String text(String field) {
      return has(field) ? node.get(field).asString() : null;
    }

    void exactlyOneOf(String field) {
      boolean reference = has(field);
      boolean plaintext = has(field + "_plaintext");
      if (reference == plaintext) {
        throw new InvalidParameterException(
            path
                + ": set exactly one of "
                + field
                + " (a secret reference {{secrets/<scope>/<key>}}) or "
                + field
                + "_plaintext"
                + (reference ? "; both are set." : "; neither is set."));
      }
      if (reference && SecretReference.parse(text(field)).isEmpty()) {
        throw new InvalidParameterException(
            path
                + "."
                + field
                + " must be a secret reference of the form {{secrets/<scope>/<key>}}; to send a"
                + " literal value use "
                + field
                + "_plaintext.");
      }
    }

    void require(String field, String why) {
      if (!has(field) || text(field).isBlank()) {
        throw new InvalidParameterException(path + "." + field + " is required: " + why + ".");
      }
    }

    void forbid(String field, String when) {
      if (has(field)) {
        throw new InvalidParameterException(path + "." + field + " is allowed " + when + ".");
      }
    }

    void forbidPair(String field, String why) {
      if (hasPair(field)) {
        throw new InvalidParameterException(
            path + ": remove " + field + " / " + field + "_plaintext: " + why + ".");
      }
    }

    void requireUrl(String field) {
      require(field, "it is the provider's base URL");
      optionalUrl(field);
    }

    void optionalUrl(String field) {
      if (!has(field)) {
        return;
      }
      String text = text(field);
      try {
        URI uri = new URI(text);
        String scheme = uri.getScheme();
        if (("http".equals(scheme) || "https".equals(scheme)) && uri.getHost() != null) {
          return;
        }
      } catch (Exception e) {
        // fall through to the user-facing message
      }
      throw new InvalidParameterException(
          path + "." + field + " must be an absolute http(s) URL such as https://host/v1.");
    }
  }
}
