package dev.gatehouse.secrets.domain;

import static dev.gatehouse.secrets.domain.SecretCredentialPolicyTest.config;
import static dev.gatehouse.secrets.domain.SecretCredentialPolicyTest.update;
import static dev.gatehouse.secrets.domain.Secrets.user;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.endpoints.domain.EndpointConfig;
import dev.gatehouse.endpoints.domain.NotReadyException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A config version serves only once every secret it uses resolves. */
class SecretReferencesResolvableTest {
  private static final String CANARY = "sk-canary-7f3a";

  @TempDir Path dataDir;
  Secrets secrets;
  final Caller owner = user("olivia");
  final SecretReferencesResolvable check = new SecretReferencesResolvable();

  @BeforeEach
  void setUp() {
    secrets = new Secrets(dataDir);
    check.resolver = secrets.resolver;
    secrets.service.createScope(new ScopeName("team"), false, owner);
    secrets.service.putSecret(
        new SecretId(new ScopeName("team"), new KeyName("openai")), SecretValue.of("sk"), owner);
  }

  @Test
  void theReadinessCheckPassesWhenEveryReferenceResolvesAndNamesTheFirstThatDoesNot() {
    EndpointConfig stored =
        secrets.policy.admit(
            update(1, config("{\"openai_api_key_plaintext\": \"" + CANARY + "\"}")), owner);
    check.check(update(1, stored));
    check.check(update(2, config("{\"openai_api_key\": \"{{secrets/team/openai}}\"}")));

    assertThatThrownBy(
            () -> check.check(update(3, config("{\"openai_api_key\": \"{{secrets/team/gone}}\"}"))))
        .isInstanceOf(NotReadyException.class)
        .hasMessage(
            "secret reference {{secrets/team/gone}} does not resolve: Secret 'gone' does not"
                + " exist in secret scope 'team'. Put it (POST /api/2.0/secrets/put), then submit"
                + " the config again.");
  }

  @Test
  void aDeletedManagedSecretFailsTheCheckNamingItsReference() {
    EndpointConfig stored =
        secrets.policy.admit(
            update(1, config("{\"openai_api_key_plaintext\": \"" + CANARY + "\"}")), owner);
    secrets.policy.retain("0123456789abcdef0123456789abcdef", java.util.Set.of(), owner);

    assertThatThrownBy(() -> check.check(update(1, stored)))
        .isInstanceOf(NotReadyException.class)
        .hasMessageStartingWith("secret reference {{secrets/gatehouse-managed/")
        .hasMessageNotContaining(CANARY);
  }
}
