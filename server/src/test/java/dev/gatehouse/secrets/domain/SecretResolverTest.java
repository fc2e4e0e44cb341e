package dev.gatehouse.secrets.domain;

import static dev.gatehouse.secrets.domain.Secrets.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.endpoints.domain.SecretReference;
import dev.gatehouse.platform.json.Json;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** Resolution for Gatehouse's own use, and its short cache. */
class SecretResolverTest {
  private static final SecretId KEY = new SecretId(new ScopeName("llm"), new KeyName("openai"));

  @TempDir Path dataDir;
  Secrets secrets;
  final AtomicLong now = new AtomicLong(1_000_000);
  final Caller alice = user("alice");

  @BeforeEach
  void setUp() {
    secrets = new Secrets(dataDir);
    secrets.resolver.nanoClock = now::get;
    secrets.service.createScope(KEY.scope(), false, alice);
  }

  /** A put on another node: it reaches the database, not this node's cache. */
  private void putElsewhere(String value) {
    secrets.commands.putSecret(KEY, SecretValue.of(value), alice);
  }

  @Test
  void aNewValueUnderTheSameKeyIsUsedOnceTheCacheTimeIsOver() {
    putElsewhere("v1");
    assertThat(secrets.resolver.resolve(KEY.reference()).asString()).isEqualTo("v1");

    putElsewhere("v2");
    now.addAndGet(TimeUnit.SECONDS.toNanos(29));
    assertThat(secrets.resolver.resolve(KEY.reference()).asString())
        .as("still cached")
        .isEqualTo("v1");
    now.addAndGet(TimeUnit.SECONDS.toNanos(2));
    assertThat(secrets.resolver.resolve(KEY.reference()).asString()).isEqualTo("v2");
  }

  @Test
  void aPutOnThisNodeTakesEffectAtOnce() {
    secrets.service.putSecret(KEY, SecretValue.of("v1"), alice);
    secrets.resolver.resolve(KEY.reference());

    secrets.service.putSecret(KEY, SecretValue.of("v2"), alice);

    assertThat(secrets.resolver.resolve(KEY.reference()).asString()).isEqualTo("v2");
  }

  @Test
  void aCacheTimeOfZeroReadsTheStoreEveryTime() {
    secrets.settings.cacheSeconds = 0;
    putElsewhere("v1");
    secrets.resolver.resolve(KEY.reference());
    putElsewhere("v2");

    assertThat(secrets.resolver.resolve(KEY.reference()).asString()).isEqualTo("v2");
  }

  @Test
  void aMissingSecretIsNotCached() {
    assertThatThrownBy(() -> secrets.resolver.resolve(KEY.reference()))
        .isInstanceOf(SecretNotFoundException.class);
    putElsewhere("v1");

    assertThat(secrets.resolver.resolve(KEY.reference()).asString()).isEqualTo("v1");
  }

  @Test
  void aDeletedScopeIsForgotten() {
    secrets.service.putSecret(KEY, SecretValue.of("v1"), alice);
    secrets.resolver.resolve(KEY.reference());

    secrets.service.deleteScope(KEY.scope(), alice);

    assertThatThrownBy(() -> secrets.resolver.resolve(KEY.reference()))
        .isInstanceOf(SecretNotFoundException.class);
  }

  @Test
  void aCredentialComesFromTheReferenceFieldOrTheManagedSecretOfThePlaintextField() {
    putElsewhere("sk-from-scope");
    secrets.commands.putManaged(new KeyName("e.v1.f"), SecretValue.of("sk-managed"), "alice");
    ObjectNode byReference = object("{\"openai_api_key\": \"{{secrets/llm/openai}}\"}");
    ObjectNode byPlaintext =
        object("{\"openai_api_key_plaintext\": \"{{secrets/gatehouse-managed/e.v1.f}}\"}");

    assertThat(secrets.resolver.credential(byReference, "openai_api_key").orElseThrow().asString())
        .isEqualTo("sk-from-scope");
    assertThat(secrets.resolver.credential(byPlaintext, "openai_api_key").orElseThrow().asString())
        .isEqualTo("sk-managed");
    assertThat(secrets.resolver.credential(byReference, "cohere_api_key")).isEmpty();
  }

  @Test
  void aLiteralStoredBeforeSecretsExistedIsNotReturnedAsACredential() {
    ObjectNode legacy = object("{\"openai_api_key_plaintext\": \"sk-literal\"}");

    assertThatThrownBy(() -> secrets.resolver.credential(legacy, "openai_api_key"))
        .isInstanceOf(SecretUnreadableException.class)
        .hasMessageContaining("openai_api_key_plaintext")
        .hasMessageNotContaining("sk-literal");
  }

  @Test
  void referencesFromEndpointsResolveThroughTheirScopeAndKey() {
    putElsewhere("v1");

    assertThat(secrets.resolver.resolve(new SecretReference("llm", "openai")).asString())
        .isEqualTo("v1");
  }

  private static ObjectNode object(String json) {
    return (ObjectNode) Json.MAPPER.readTree(json);
  }
}
