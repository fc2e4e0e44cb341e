package dev.gatehouse.secrets.domain;

import static dev.gatehouse.secrets.domain.Secrets.admin;
import static dev.gatehouse.secrets.domain.Secrets.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatehouse.audit.domain.AuditEvent;
import dev.gatehouse.audit.domain.AuditOutcome;
import dev.gatehouse.platform.errors.PermissionDeniedException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rotation re-encrypts every secret in batches; a key is removed only once nothing uses it. */
class MasterKeyServiceTest {
  private static final ScopeName LLM = new ScopeName("llm");
  private static final int SECRETS = MasterKeyService.BATCH_SIZE * 2 + 7;

  @TempDir Path dataDir;
  Secrets secrets;

  @BeforeEach
  void setUp() {
    secrets = new Secrets(dataDir);
    secrets.service.createScope(LLM, false, admin());
    for (int i = 0; i < SECRETS; i++) {
      secrets.commands.putSecret(id(i), SecretValue.of("value-" + i), admin());
    }
  }

  private static SecretId id(int i) {
    return new SecretId(LLM, new KeyName("k" + i));
  }

  @Test
  void rotationReEncryptsEverySecretUnderTheNewKeyInBatches() {
    String old = secrets.keys.current().id();

    MasterKeyService.Rotation rotation = secrets.masterKeys.rotate(admin());

    assertThat(rotation.previousKeyId()).isEqualTo(old);
    assertThat(rotation.currentKeyId()).isNotEqualTo(old).isEqualTo(secrets.keys.current().id());
    assertThat(rotation.generated()).isTrue();
    assertThat(rotation.reEncrypted()).isEqualTo(SECRETS);
    assertThat(rotation.unreadable()).isEmpty();
    assertThat(rotation.keys())
        .containsExactly(
            new MasterKeyService.KeyStatus(rotation.currentKeyId(), true, KeySource.FILE, SECRETS),
            new MasterKeyService.KeyStatus(old, false, KeySource.FILE, 0));
    assertThat(secrets.repository.all())
        .allSatisfy(
            s -> assertThat(s.ciphertext().masterKeyId()).isEqualTo(rotation.currentKeyId()));
    for (int i = 0; i < SECRETS; i++) {
      assertThat(secrets.resolver.resolve(id(i).reference()).asString()).isEqualTo("value-" + i);
    }
  }

  @Test
  void theRetiredKeyCanBeRemovedAndEverySecretStillResolvesWithoutIt() {
    String old = secrets.keys.current().id();
    assertThatThrownBy(() -> secrets.masterKeys.remove(old, admin()))
        .isInstanceOf(MasterKeyInUseException.class)
        .hasMessage(
            "Master key '" + old + "' is the current key; rotate to a new one before removing it.");

    secrets.masterKeys.rotate(admin());
    secrets.masterKeys.remove(old, admin());

    assertThat(secrets.keys.find(old)).isEmpty();
    secrets.settings.cacheSeconds = 0;
    for (int i = 0; i < SECRETS; i++) {
      assertThat(secrets.resolver.resolve(id(i).reference()).asString()).isEqualTo("value-" + i);
    }
  }

  @Test
  void aKeyThatStillEncryptsSecretsIsNotRemoved() {
    String old = secrets.keys.current().id();
    secrets.keys.rotate();

    assertThatThrownBy(() -> secrets.masterKeys.remove(old, admin()))
        .isInstanceOf(MasterKeyInUseException.class)
        .hasMessageContaining("still encrypts " + SECRETS + " secret(s)");
    assertThat(secrets.keys.find(old)).isPresent();
  }

  @Test
  void aSecretThatCannotBeDecryptedIsReportedAndLeftAlone() {
    StoredSecret victim = secrets.repository.all().get(3);
    Ciphertext moved = secrets.repository.all().get(4).ciphertext();
    victim.replace(moved, "attacker", 0);

    MasterKeyService.Rotation rotation = secrets.masterKeys.rotate(admin());

    assertThat(rotation.unreadable()).containsExactly("llm/k3");
    assertThat(rotation.reEncrypted()).isEqualTo(SECRETS - 1);
    assertThat(rotation.keys())
        .filteredOn(k -> !k.current())
        .extracting(k -> k.secretCount())
        .containsExactly(1L);
  }

  @Test
  void onlyAdminsManageKeysAndEveryAttemptIsAudited() {
    assertThatThrownBy(() -> secrets.masterKeys.rotate(user("alice")))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage("'alice' is not an admin; only admins manage master keys.");
    assertThatThrownBy(() -> secrets.masterKeys.list(user("alice")))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> secrets.masterKeys.remove("mk-1", user("alice")))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> secrets.masterKeys.remove("mk-1", admin()))
        .isInstanceOf(MasterKeyNotFoundException.class);
    secrets.masterKeys.rotate(admin());

    assertThat(secrets.auditLog.events)
        .filteredOn(e -> e.targetType().equals("master-key"))
        .extracting(AuditEvent::action, AuditEvent::outcome)
        .containsExactly(
            tuple("master-key.rotate", AuditOutcome.DENIED),
            tuple("master-key.delete", AuditOutcome.DENIED),
            tuple("master-key.delete", AuditOutcome.NOT_FOUND),
            tuple("master-key.rotate", AuditOutcome.SUCCESS));
  }

  @Test
  void keysThatSecretsNeedButGatehouseLacksAreListedAsUnavailable() {
    secrets.repository.all().get(0).replace(new Ciphertext("mk-lost", "AAAA"), "x", 0);

    assertThat(secrets.masterKeys.list(admin()))
        .filteredOn(k -> !k.available())
        .containsExactly(new MasterKeyService.KeyStatus("mk-lost", false, null, 1));
  }
}
