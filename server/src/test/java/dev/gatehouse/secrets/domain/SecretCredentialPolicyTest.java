package dev.gatehouse.secrets.domain;

import static dev.gatehouse.secrets.domain.Secrets.admin;
import static dev.gatehouse.secrets.domain.Secrets.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.endpoints.domain.EndpointConfig;
import dev.gatehouse.endpoints.domain.EndpointName;
import dev.gatehouse.endpoints.domain.PendingUpdate;
import dev.gatehouse.platform.errors.PermissionDeniedException;
import dev.gatehouse.platform.json.Json;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * What the secrets context does to an endpoint config: the READ-on-referenced-scope rule, the
 * rewrite of {@code *_plaintext} values into managed references.
 */
class SecretCredentialPolicyTest {
  private static final String ENDPOINT_ID = "0123456789abcdef0123456789abcdef";
  private static final String CANARY = "sk-canary-7f3a";

  @TempDir Path dataDir;
  Secrets secrets;
  final Caller owner = user("olivia");

  @BeforeEach
  void setUp() {
    secrets = new Secrets(dataDir);
    secrets.service.createScope(new ScopeName("team"), false, owner);
    secrets.service.putSecret(
        new SecretId(new ScopeName("team"), new KeyName("openai")), SecretValue.of("sk"), owner);
  }

  static EndpointConfig config(String openaiBlock) {
    return Json.MAPPER.readValue(
        """
        {"served_entities": [{"name": "chat", "external_model": {"name": "gpt-4o",
          "provider": "openai", "task": "llm/v1/chat", "openai_config": %s}}]}"""
            .formatted(openaiBlock),
        EndpointConfig.class);
  }

  static PendingUpdate update(int version, EndpointConfig config) {
    return new PendingUpdate(ENDPOINT_ID, new EndpointName("chat"), version, config);
  }

  private static JsonNode openaiConfig(EndpointConfig config) {
    return Json.MAPPER
        .valueToTree(config)
        .path("served_entities")
        .path(0)
        .path("external_model")
        .path("openai_config");
  }

  @Test
  void aReferenceIsAdmittedForACallerWithReadOnItsScope() {
    EndpointConfig config = config("{\"openai_api_key\": \"{{secrets/team/openai}}\"}");

    EndpointConfig stored = secrets.policy.admit(update(1, config), owner);

    assertThat(openaiConfig(stored).path("openai_api_key").asString())
        .isEqualTo("{{secrets/team/openai}}");
  }

  @Test
  void aReferenceIsAdmittedThroughAGroupGrant() {
    secrets.service.putAcl(new ScopeName("team"), "ml", AclPermission.READ, owner);
    EndpointConfig config = config("{\"openai_api_key\": \"{{secrets/team/openai}}\"}");

    secrets.policy.admit(update(1, config), user("gus", "ml"));
  }

  @Test
  void aCallerWithoutReadCannotReferenceTheScopeAndLearnsWhichScope() {
    EndpointConfig config = config("{\"openai_api_key\": \"{{secrets/team/openai}}\"}");

    assertThatThrownBy(() -> secrets.policy.admit(update(1, config), user("mallory")))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage(
            "'mallory' needs READ on secret scope 'team' to reference {{secrets/team/openai}}"
                + " (e0.openai_config.openai_api_key).");
  }

  @Test
  void aMissingScopeIsRefusedLikeAnUnreadableOneButAdminsMayReferenceAnything() {
    EndpointConfig config = config("{\"openai_api_key\": \"{{secrets/nowhere/k}}\"}");

    assertThatThrownBy(() -> secrets.policy.admit(update(1, config), owner))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("needs READ on secret scope 'nowhere'");
    secrets.policy.admit(update(1, config), admin());
  }

  @Test
  void nobodyMayReferenceTheManagedScope() {
    EndpointConfig config =
        config("{\"openai_api_key\": \"{{secrets/gatehouse-managed/" + ENDPOINT_ID + ".v1.x}}\"}");

    assertThatThrownBy(() -> secrets.policy.admit(update(2, config), admin()))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("cannot be referenced");
  }

  @Test
  void aPlaintextValueBecomesAManagedSecretAndTheFieldKeepsItsNameWithAReference() {
    EndpointConfig submitted = config("{\"openai_api_key_plaintext\": \"" + CANARY + "\"}");

    EndpointConfig stored = secrets.policy.admit(update(3, submitted), owner);

    String key = ENDPOINT_ID + ".v3.e0.openai_config.openai_api_key";
    assertThat(openaiConfig(stored).path("openai_api_key_plaintext").asString())
        .isEqualTo("{{secrets/gatehouse-managed/" + key + "}}");
    assertThat(Json.MAPPER.writeValueAsString(stored)).doesNotContain(CANARY);
    assertThat(openaiConfig(submitted).path("openai_api_key_plaintext").asString())
        .as("the submitted config is left as it was")
        .isEqualTo(CANARY);
    SecretId managed = new SecretId(ScopeName.MANAGED, new KeyName(key));
    assertThat(secrets.resolver.resolve(managed.reference()).asString()).isEqualTo(CANARY);
    assertThat(secrets.repository.findSecret(managed).orElseThrow().ciphertext().data())
        .doesNotContain(CANARY);
    assertThat(secrets.auditLog.events.get(secrets.auditLog.events.size() - 1).targetName())
        .isEqualTo("gatehouse-managed/" + key);
    assertThat(secrets.auditLog.events.toString()).doesNotContain(CANARY);
  }

  @Test
  void nestedPlaintextCredentialsAreRewrittenToo() {
    EndpointConfig submitted =
        Json.MAPPER.readValue(
            """
            {"served_entities": [{"external_model": {"name": "m", "provider": "custom",
              "task": "llm/v1/chat", "custom_provider_config": {
                "custom_provider_url": "https://llm.internal/v1",
                "api_key_auth": {"key": "x-api-key", "value_plaintext": "%s"}}}}]}"""
                .formatted(CANARY),
            EndpointConfig.class);

    EndpointConfig stored = secrets.policy.admit(update(1, submitted), owner);

    assertThat(Json.MAPPER.writeValueAsString(stored))
        .doesNotContain(CANARY)
        .contains(
            "\"value_plaintext\":\"{{secrets/gatehouse-managed/"
                + ENDPOINT_ID
                + ".v1.e0.custom_provider_config.api_key_auth.value}}\"")
        .contains("\"custom_provider_url\":\"https://llm.internal/v1\"");
  }

  @Test
  void retainKeepsTheManagedSecretsOfTheVersionsInUseAndDeleteForgetsThemAll() {
    for (int version = 1; version <= 3; version++) {
      secrets.policy.admit(
          update(version, config("{\"openai_api_key_plaintext\": \"v" + version + "\"}")), owner);
    }

    secrets.policy.retain(ENDPOINT_ID, Set.of(1, 3), owner);
    assertThat(managedKeys()).containsExactly(ENDPOINT_ID + ".v1", ENDPOINT_ID + ".v3");

    secrets.policy.retain(ENDPOINT_ID, Set.of(), owner);
    assertThat(managedKeys()).isEmpty();
    assertThat(secrets.auditLog.events)
        .filteredOn(e -> e.action().equals("secret.delete"))
        .hasSize(3);
  }

  private java.util.List<String> managedKeys() {
    return secrets.repository.all().stream()
        .filter(s -> s.secretId().scope().managed())
        .map(s -> s.key().value().substring(0, ENDPOINT_ID.length() + 3))
        .toList();
  }

  @Test
  void credentialsAreFoundInEveryProviderBlock() {
    JsonNode config =
        Json.MAPPER.readTree(
            """
            {"served_entities": [{"external_model": {"name": "m", "provider": "amazon-bedrock",
              "task": "llm/v1/chat", "amazon_bedrock_config": {"aws_region": "us-east-1",
                "aws_access_key_id": "{{secrets/aws/id}}",
                "aws_secret_access_key_plaintext": "secret"}}}]}""");

    ConfigCredentials credentials = ConfigCredentials.in(config);

    assertThat(credentials.references())
        .extracting(ConfigCredentials.Reference::path)
        .containsExactly("e0.amazon_bedrock_config.aws_access_key_id");
    assertThat(credentials.plaintexts())
        .extracting(ConfigCredentials.Plaintext::path)
        .containsExactly("e0.amazon_bedrock_config.aws_secret_access_key");
  }
}
