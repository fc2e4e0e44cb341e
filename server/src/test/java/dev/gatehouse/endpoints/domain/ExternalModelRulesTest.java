package dev.gatehouse.endpoints.domain;

import static dev.gatehouse.endpoints.domain.Fixtures.externalModel;
import static dev.gatehouse.endpoints.domain.Fixtures.object;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

class ExternalModelRulesTest {
  private static final String PATH = "config.served_entities[0].external_model";
  private static final String REF = "{{secrets/team/key}}";
  private static final String SECRET = "sk-live-0123456789abcdef";
  private static final String AZURE =
      "\"openai_api_type\": \"azure\", \"openai_api_base\": \"https://acme.openai.azure.com\","
          + " \"openai_api_version\": \"2024-10-21\", \"openai_deployment_name\": \"gpt4o-prod\"";
  private static final String AZUREAD =
      "\"openai_api_type\": \"azuread\", \"openai_api_base\": \"https://acme.openai.azure.com\","
          + " \"openai_api_version\": \"2024-10-21\", \"openai_deployment_name\": \"gpt4o-prod\","
          + " \"microsoft_entra_client_id\": \"client\", \"microsoft_entra_tenant_id\": \"tenant\"";

  /** An external model of the given provider whose config block is {@code block}. */
  private static ExternalModel model(String provider, String block) {
    ProviderKind kind = ProviderKind.fromWire(provider);
    return externalModel(
        "{\"name\": \"m\", \"provider\": \""
            + provider
            + "\", \"task\": \"llm/v1/chat\", \""
            + kind.configBlock()
            + "\": "
            + block
            + "}");
  }

  private static void check(ExternalModel model) {
    ExternalModelRules.check(model, PATH);
  }

  private static void check(String provider, String block) {
    check(model(provider, block));
  }

  private static String exactlyOne(String path, String field, String which) {
    return path
        + ": set exactly one of "
        + field
        + " (a secret reference {{secrets/<scope>/<key>}}) or "
        + field
        + "_plaintext; "
        + which;
  }

  // --- provider and block ------------------------------------------------------------------

  @Test
  void palmIsRefusedAsRetired() {
    assertThatThrownBy(() -> check("palm", "{\"palm_api_key\": \"" + REF + "\"}"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".provider: 'palm' is retired (Google shut the PaLM API down); use"
                + " 'google-cloud-vertex-ai' with a Gemini model.");
  }

  @Test
  void anUnknownProviderIsRefused() {
    ExternalModel model =
        externalModel("{\"name\": \"m\", \"provider\": \"azure\", \"task\": \"llm/v1/chat\"}");

    assertThatThrownBy(() -> check(model))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("Unknown provider 'azure'; use one of: ");
  }

  @Test
  void anUnknownTaskIsRefused() {
    ExternalModel model =
        externalModel(
            "{\"name\": \"m\", \"provider\": \"anthropic\", \"task\": \"chat\","
                + " \"anthropic_config\": {\"anthropic_api_key\": \""
                + REF
                + "\"}}");

    assertThatThrownBy(() -> check(model))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("Unknown task 'chat'; use one of: ");
  }

  @Test
  void aConfigBlockOfAnotherProviderIsRefused() {
    ExternalModel model =
        externalModel(
            "{\"name\": \"gpt-4o\", \"provider\": \"openai\", \"task\": \"llm/v1/chat\","
                + " \"openai_config\": {\"openai_api_key\": \""
                + REF
                + "\"}, \"anthropic_config\": {\"anthropic_api_key\": \""
                + REF
                + "\"}}");

    assertThatThrownBy(() -> check(model))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".anthropic_config does not belong to provider 'openai'; remove it and set"
                + " openai_config.");
  }

  @Test
  void onlyABlockOfAnotherProviderIsRefusedAsForeign() {
    ExternalModel model =
        externalModel(
            "{\"name\": \"gpt-4o\", \"provider\": \"openai\", \"task\": \"llm/v1/chat\","
                + " \"cohere_config\": {\"cohere_api_key\": \""
                + REF
                + "\"}}");

    assertThatThrownBy(() -> check(model))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".cohere_config does not belong to provider 'openai'; remove it and set"
                + " openai_config.");
  }

  @Test
  void theProvidersBlockIsRequired() {
    ExternalModel model =
        externalModel(
            "{\"name\": \"claude-sonnet-4-5\", \"provider\": \"anthropic\","
                + " \"task\": \"llm/v1/chat\"}");

    assertThatThrownBy(() -> check(model))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(PATH + ".anthropic_config is required for provider 'anthropic'.");
  }

  // --- exactly one of x / x_plaintext ------------------------------------------------------

  /**
   * Every credential pair: provider, the block without the pair, a JSON pointer to the object that
   * holds the pair, the field, and the path suffix of that object in messages.
   */
  static Stream<Arguments> credentials() {
    return Stream.of(
        Arguments.of("openai", "{}", "", "openai_api_key", ".openai_config"),
        Arguments.of("openai", "{" + AZURE + "}", "", "openai_api_key", ".openai_config"),
        Arguments.of(
            "openai", "{" + AZUREAD + "}", "", "microsoft_entra_client_secret", ".openai_config"),
        Arguments.of("anthropic", "{}", "", "anthropic_api_key", ".anthropic_config"),
        Arguments.of("cohere", "{}", "", "cohere_api_key", ".cohere_config"),
        Arguments.of("ai21labs", "{}", "", "ai21labs_api_key", ".ai21labs_config"),
        Arguments.of(
            "google-cloud-vertex-ai",
            "{\"project_id\": \"p\", \"region\": \"us-central1\"}",
            "",
            "private_key",
            ".google_cloud_vertex_ai_config"),
        Arguments.of(
            "databricks-model-serving",
            "{\"databricks_workspace_url\": \"https://ws.cloud.databricks.com\"}",
            "",
            "databricks_api_token",
            ".databricks_model_serving_config"),
        Arguments.of(
            "amazon-bedrock",
            "{\"aws_region\": \"us-east-1\", \"bedrock_provider\": \"anthropic\","
                + " \"aws_secret_access_key\": \""
                + REF
                + "\"}",
            "",
            "aws_access_key_id",
            ".amazon_bedrock_config"),
        Arguments.of(
            "amazon-bedrock",
            "{\"aws_region\": \"us-east-1\", \"bedrock_provider\": \"anthropic\","
                + " \"aws_access_key_id_plaintext\": \"AKIA\"}",
            "",
            "aws_secret_access_key",
            ".amazon_bedrock_config"),
        Arguments.of(
            "custom",
            "{\"custom_provider_url\": \"https://llm.internal/v1\", \"bearer_token_auth\": {}}",
            "/bearer_token_auth",
            "token",
            ".custom_provider_config.bearer_token_auth"),
        Arguments.of(
            "custom",
            "{\"custom_provider_url\": \"https://llm.internal/v1\","
                + " \"api_key_auth\": {\"key\": \"x-api-key\"}}",
            "/api_key_auth",
            "value",
            ".custom_provider_config.api_key_auth"));
  }

  private static String blockWith(String block, String holder, String fields) {
    ObjectNode node = object(block);
    ObjectNode target = holder.isEmpty() ? node : (ObjectNode) node.at(holder);
    target.setAll(object(fields));
    return Json.MAPPER.writeValueAsString(node);
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("credentials")
  void aCredentialGivenBothWaysIsRefused(
      String provider, String block, String holder, String field, String suffix) {
    String json =
        blockWith(
            block,
            holder,
            "{\""
                + field
                + "\": \""
                + REF
                + "\", \""
                + field
                + "_plaintext\": \""
                + SECRET
                + "\"}");

    assertThatThrownBy(() -> check(provider, json))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(exactlyOne(PATH + suffix, field, "both are set."))
        .hasMessageNotContaining(SECRET);
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("credentials")
  void aMissingCredentialIsRefused(
      String provider, String block, String holder, String field, String suffix) {
    assertThatThrownBy(() -> check(provider, block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(exactlyOne(PATH + suffix, field, "neither is set."));
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("credentials")
  void aCredentialAsASecretReferenceIsAccepted(
      String provider, String block, String holder, String field, String suffix) {
    String json = blockWith(block, holder, "{\"" + field + "\": \"" + REF + "\"}");

    assertThatCode(() -> check(provider, json)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("credentials")
  void aCredentialInPlaintextIsAccepted(
      String provider, String block, String holder, String field, String suffix) {
    String json = blockWith(block, holder, "{\"" + field + "_plaintext\": \"" + SECRET + "\"}");

    assertThatCode(() -> check(provider, json)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("credentials")
  void aLiteralValueInAReferenceFieldIsRefusedWithoutEchoingIt(
      String provider, String block, String holder, String field, String suffix) {
    String json = blockWith(block, holder, "{\"" + field + "\": \"" + SECRET + "\"}");

    assertThatThrownBy(() -> check(provider, json))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + suffix
                + "."
                + field
                + " must be a secret reference of the form {{secrets/<scope>/<key>}}; to send a"
                + " literal value use "
                + field
                + "_plaintext.")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void anOpenAiKeyThatIsNotAReferenceIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> check("openai", "{\"openai_api_key\": \"sk-live\"}"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".openai_config.openai_api_key must be a secret reference of the form"
                + " {{secrets/<scope>/<key>}}; to send a literal value use"
                + " openai_api_key_plaintext.")
        .hasMessageNotContaining("sk-live");
  }

  // --- OpenAI and Azure OpenAI ---------------------------------------------------------------

  @Test
  void azureNeedsTheApiBase() {
    String block =
        "{\"openai_api_type\": \"azure\", \"openai_api_version\": \"2024-10-21\","
            + " \"openai_deployment_name\": \"d\", \"openai_api_key\": \""
            + REF
            + "\"}";

    assertThatThrownBy(() -> check("openai", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".openai_config.openai_api_base is required: Azure OpenAI needs the resource"
                + " URL.");
  }

  @Test
  void azureNeedsANonBlankApiBase() {
    String block =
        "{\"openai_api_type\": \"azure\", \"openai_api_base\": \"  \","
            + " \"openai_api_version\": \"2024-10-21\", \"openai_deployment_name\": \"d\","
            + " \"openai_api_key\": \""
            + REF
            + "\"}";

    assertThatThrownBy(() -> check("openai", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".openai_config.openai_api_base is required: Azure OpenAI needs the resource"
                + " URL.");
  }

  @Test
  void azureNeedsTheApiVersion() {
    String block =
        "{\"openai_api_type\": \"azure\", \"openai_api_base\": \"https://acme.openai.azure.com\","
            + " \"openai_deployment_name\": \"d\", \"openai_api_key\": \""
            + REF
            + "\"}";

    assertThatThrownBy(() -> check("openai", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".openai_config.openai_api_version is required: Azure OpenAI needs an API"
                + " version such as 2024-10-21.");
  }

  @Test
  void azureNeedsTheDeploymentName() {
    String block =
        "{\"openai_api_type\": \"azure\", \"openai_api_base\": \"https://acme.openai.azure.com\","
            + " \"openai_api_version\": \"2024-10-21\", \"openai_api_key\": \""
            + REF
            + "\"}";

    assertThatThrownBy(() -> check("openai", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".openai_config.openai_deployment_name is required: Azure OpenAI calls a"
                + " deployment, not a model.");
  }

  @Test
  void azureAdNeedsTheApiBaseVersionAndDeploymentToo() {
    String block =
        "{\"openai_api_type\": \"azuread\", \"microsoft_entra_client_id\": \"c\","
            + " \"microsoft_entra_tenant_id\": \"t\", \"microsoft_entra_client_secret\": \""
            + REF
            + "\"}";

    assertThatThrownBy(() -> check("openai", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".openai_config.openai_api_base is required: Azure OpenAI needs the resource"
                + " URL.");
  }

  @Test
  void azureAdNeedsTheEntraClientId() {
    String block =
        "{\"openai_api_type\": \"azuread\", \"openai_api_base\": \"https://a.openai.azure.com\","
            + " \"openai_api_version\": \"2024-10-21\", \"openai_deployment_name\": \"d\","
            + " \"microsoft_entra_tenant_id\": \"t\", \"microsoft_entra_client_secret\": \""
            + REF
            + "\"}";

    assertThatThrownBy(() -> check("openai", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".openai_config.microsoft_entra_client_id is required: Entra ID auth needs the"
                + " app's client id.");
  }

  @Test
  void azureAdNeedsTheEntraTenantId() {
    String block =
        "{\"openai_api_type\": \"azuread\", \"openai_api_base\": \"https://a.openai.azure.com\","
            + " \"openai_api_version\": \"2024-10-21\", \"openai_deployment_name\": \"d\","
            + " \"microsoft_entra_client_id\": \"c\", \"microsoft_entra_client_secret\": \""
            + REF
            + "\"}";

    assertThatThrownBy(() -> check("openai", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".openai_config.microsoft_entra_tenant_id is required: Entra ID auth needs the"
                + " tenant id.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai_api_key", "openai_api_key_plaintext"})
  void azureAdRefusesAnApiKey(String keyField) {
    String block =
        "{"
            + AZUREAD
            + ", \"microsoft_entra_client_secret\": \""
            + REF
            + "\", \""
            + keyField
            + "\": \""
            + REF
            + "\"}";

    assertThatThrownBy(() -> check("openai", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".openai_config: remove openai_api_key / openai_api_key_plaintext: Entra ID auth"
                + " uses the client secret, not an API key.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "microsoft_entra_client_id",
        "microsoft_entra_tenant_id",
        "microsoft_entra_client_secret",
        "microsoft_entra_client_secret_plaintext"
      })
  void plainOpenAiRefusesEntraFields(String field) {
    String block = "{\"openai_api_key\": \"" + REF + "\", \"" + field + "\": \"" + REF + "\"}";

    assertThatThrownBy(() -> check("openai", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH + ".openai_config." + field + " is allowed only with openai_api_type 'azuread'.");
  }

  @Test
  void plainOpenAiRefusesADeploymentName() {
    String block =
        "{\"openai_api_type\": \"openai\", \"openai_api_key\": \""
            + REF
            + "\", \"openai_deployment_name\": \"d\"}";

    assertThatThrownBy(() -> check("openai", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".openai_config.openai_deployment_name is allowed only with openai_api_type"
                + " 'azure' or 'azuread'.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://api.example.com/v1",
        "api.openai.com/v1",
        "https://",
        "not a url",
        "file:/x"
      })
  void theOpenAiApiBaseMustBeAnHttpUrl(String base) {
    String block = "{\"openai_api_key\": \"" + REF + "\", \"openai_api_base\": \"" + base + "\"}";

    assertThatThrownBy(() -> check("openai", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".openai_config.openai_api_base must be an absolute http(s) URL such as"
                + " https://host/v1.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://api.openai.com/v1", "http://localhost:8080/v1"})
  void anHttpOpenAiApiBaseIsAccepted(String base) {
    String block = "{\"openai_api_key\": \"" + REF + "\", \"openai_api_base\": \"" + base + "\"}";

    assertThatCode(() -> check("openai", block)).doesNotThrowAnyException();
  }

  @Test
  void theCohereApiBaseMustBeAnHttpUrl() {
    String block = "{\"cohere_api_key\": \"" + REF + "\", \"cohere_api_base\": \"cohere.ai\"}";

    assertThatThrownBy(() -> check("cohere", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".cohere_config.cohere_api_base must be an absolute http(s) URL such as"
                + " https://host/v1.");
  }

  @Test
  void theDatabricksWorkspaceUrlMustBeAnHttpUrl() {
    String block =
        "{\"databricks_api_token\": \""
            + REF
            + "\", \"databricks_workspace_url\": \"ws.cloud.databricks.com\"}";

    assertThatThrownBy(() -> check("databricks-model-serving", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".databricks_model_serving_config.databricks_workspace_url must be an absolute"
                + " http(s) URL such as https://host/v1.");
  }

  // --- Amazon Bedrock --------------------------------------------------------------------------

  private static final String BEDROCK_AUTH =
      ".amazon_bedrock_config: authenticate with exactly one of instance_profile_arn or the access"
          + " key pair (aws_access_key_id and aws_secret_access_key).";

  @Test
  void bedrockRefusesAnInstanceProfileAndAccessKeysTogether() {
    String block =
        "{\"aws_region\": \"us-east-1\", \"bedrock_provider\": \"anthropic\","
            + " \"instance_profile_arn\": \"arn:aws:iam::1:instance-profile/p\","
            + " \"aws_access_key_id\": \""
            + REF
            + "\", \"aws_secret_access_key\": \""
            + REF
            + "\"}";

    assertThatThrownBy(() -> check("amazon-bedrock", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(PATH + BEDROCK_AUTH);
  }

  @Test
  void bedrockRefusesAnInstanceProfileWithHalfAKeyPair() {
    String block =
        "{\"aws_region\": \"us-east-1\", \"bedrock_provider\": \"anthropic\","
            + " \"instance_profile_arn\": \"arn:aws:iam::1:instance-profile/p\","
            + " \"aws_secret_access_key_plaintext\": \""
            + SECRET
            + "\"}";

    assertThatThrownBy(() -> check("amazon-bedrock", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(PATH + BEDROCK_AUTH)
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void bedrockNeedsSomeAuthentication() {
    String block = "{\"aws_region\": \"us-east-1\", \"bedrock_provider\": \"anthropic\"}";

    assertThatThrownBy(() -> check("amazon-bedrock", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(PATH + BEDROCK_AUTH);
  }

  // --- custom provider ---------------------------------------------------------------------

  @Test
  void customRefusesBothAuthMethods() {
    String block =
        "{\"custom_provider_url\": \"https://llm.internal/v1\","
            + " \"bearer_token_auth\": {\"token\": \""
            + REF
            + "\"}, \"api_key_auth\": {\"key\": \"x-api-key\", \"value\": \""
            + REF
            + "\"}}";

    assertThatThrownBy(() -> check("custom", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".custom_provider_config: set exactly one of bearer_token_auth or api_key_auth.");
  }

  @Test
  void customNeedsAnAuthMethod() {
    String block = "{\"custom_provider_url\": \"https://llm.internal/v1\"}";

    assertThatThrownBy(() -> check("custom", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".custom_provider_config: set exactly one of bearer_token_auth or api_key_auth.");
  }

  @Test
  void customNeedsAUrl() {
    String block = "{\"bearer_token_auth\": {\"token\": \"" + REF + "\"}}";

    assertThatThrownBy(() -> check("custom", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".custom_provider_config.custom_provider_url is required: it is the provider's"
                + " base URL.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"llm.internal/v1", "ftp://llm.internal/v1", "https:///v1"})
  void theCustomUrlMustBeAnHttpUrl(String url) {
    String block =
        "{\"custom_provider_url\": \""
            + url
            + "\", \"bearer_token_auth\": {\"token\": \""
            + REF
            + "\"}}";

    assertThatThrownBy(() -> check("custom", block))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            PATH
                + ".custom_provider_config.custom_provider_url must be an absolute http(s) URL"
                + " such as https://host/v1.");
  }

  // --- valid configs -------------------------------------------------------------------------

  static Stream<Arguments> validConfigs() {
    return Stream.of(
        Arguments.of("openai", "{\"openai_api_key\": \"" + REF + "\"}"),
        Arguments.of(
            "openai",
            "{\"openai_api_key_plaintext\": \""
                + SECRET
                + "\", \"openai_api_base\": \"https://api.openai.com/v1\","
                + " \"openai_organization\": \"org-1\"}"),
        Arguments.of("openai", "{" + AZURE + ", \"openai_api_key\": \"" + REF + "\"}"),
        Arguments.of(
            "openai",
            "{" + AZUREAD + ", \"microsoft_entra_client_secret_plaintext\": \"" + SECRET + "\"}"),
        Arguments.of("anthropic", "{\"anthropic_api_key\": \"" + REF + "\"}"),
        Arguments.of(
            "cohere",
            "{\"cohere_api_key_plaintext\": \""
                + SECRET
                + "\", \"cohere_api_base\": \"https://api.cohere.ai/v1\"}"),
        Arguments.of("ai21labs", "{\"ai21labs_api_key\": \"" + REF + "\"}"),
        Arguments.of(
            "google-cloud-vertex-ai",
            "{\"project_id\": \"p\", \"region\": \"us-central1\", \"private_key\": \""
                + REF
                + "\"}"),
        Arguments.of(
            "databricks-model-serving",
            "{\"databricks_workspace_url\": \"https://ws.cloud.databricks.com\","
                + " \"databricks_api_token\": \""
                + REF
                + "\"}"),
        Arguments.of(
            "amazon-bedrock",
            "{\"aws_region\": \"us-east-1\", \"bedrock_provider\": \"Anthropic\","
                + " \"instance_profile_arn\": \"arn:aws:iam::1:instance-profile/p\"}"),
        Arguments.of(
            "amazon-bedrock",
            "{\"aws_region\": \"us-east-1\", \"bedrock_provider\": \"amazon\","
                + " \"aws_access_key_id\": \""
                + REF
                + "\", \"aws_secret_access_key_plaintext\": \""
                + SECRET
                + "\"}"),
        Arguments.of(
            "custom",
            "{\"custom_provider_url\": \"https://llm.internal/v1\","
                + " \"bearer_token_auth\": {\"token_plaintext\": \""
                + SECRET
                + "\"}}"),
        Arguments.of(
            "custom",
            "{\"custom_provider_url\": \"http://llm.internal:8000\","
                + " \"api_key_auth\": {\"key\": \"x-api-key\", \"value\": \""
                + REF
                + "\"}}"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("validConfigs")
  void aValidConfigPasses(String provider, String block) {
    assertThatCode(() -> check(provider, block)).doesNotThrowAnyException();
  }
}
