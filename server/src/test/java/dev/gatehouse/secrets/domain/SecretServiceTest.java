package dev.gatehouse.secrets.domain;

import static dev.gatehouse.secrets.domain.Secrets.admin;
import static dev.gatehouse.secrets.domain.Secrets.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.audit.domain.AuditEvent;
import dev.gatehouse.audit.domain.AuditOutcome;
import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.errors.PermissionDeniedException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secrets API's rules and audit trail, over an in-memory repository and real AES-GCM. */
class SecretServiceTest {
  private static final ScopeName LLM = new ScopeName("llm");
  private static final SecretId OPENAI = new SecretId(LLM, new KeyName("openai"));

  @TempDir Path dataDir;
  Secrets secrets;
  final Caller alice = user("alice");

  @BeforeEach
  void setUp() {
    secrets = new Secrets(dataDir);
  }

  private SecretService service() {
    return secrets.service;
  }

  @Test
  void theCreatorOfAScopeManagesItAndNobodyElseSeesIt() {
    service().createScope(LLM, false, alice);

    assertThat(secrets.queries.acls(LLM, alice))
        .containsExactly(new Acl("alice", AclPermission.MANAGE));
    assertThat(secrets.queries.scopes(alice))
        .containsExactly(new SecretQueries.ScopeSummary("llm", "DATABRICKS"));
    assertThat(secrets.queries.scopes(user("bob"))).isEmpty();
    assertThat(secrets.queries.scopes(admin()))
        .extracting(SecretQueries.ScopeSummary::name)
        .containsExactly("gatehouse-managed", "llm");
  }

  @Test
  void initialManagePrincipalUsersGivesEveryoneManage() {
    service().createScope(LLM, true, alice);

    assertThat(secrets.queries.acls(LLM, user("bob")))
        .containsExactly(new Acl("users", AclPermission.MANAGE));
  }

  @Test
  void aScopeNameIsUniqueAndTheManagedNameIsReserved() {
    service().createScope(LLM, false, alice);

    assertThatThrownBy(() -> service().createScope(LLM, false, user("bob")))
        .isInstanceOf(SecretScopeAlreadyExistsException.class)
        .hasMessage("Secret scope 'llm' already exists.");
    assertThatThrownBy(() -> service().createScope(ScopeName.MANAGED, false, admin()))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("reserved");
  }

  @Test
  void putNeedsWriteListNeedsReadAndAclsNeedManage() {
    service().createScope(LLM, false, alice);
    service().putAcl(LLM, "readers", AclPermission.READ, alice);
    service().putAcl(LLM, "writers", AclPermission.WRITE, alice);
    Caller reader = user("rita", "readers");
    Caller writer = user("walt", "writers");

    assertThatThrownBy(() -> service().putSecret(OPENAI, SecretValue.of("v"), reader))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage("'rita' needs WRITE on secret scope 'llm'.");
    service().putSecret(OPENAI, SecretValue.of("v"), writer);
    assertThat(secrets.queries.secrets(LLM, reader))
        .extracting(SecretQueries.SecretMetadata::key)
        .containsExactly("openai");
    assertThatThrownBy(() -> secrets.queries.secrets(LLM, user("nobody")))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> secrets.queries.acls(LLM, writer))
        .hasMessage("'walt' needs MANAGE on secret scope 'llm'.");
    assertThatThrownBy(() -> service().putAcl(LLM, "walt", AclPermission.MANAGE, writer))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> service().deleteScope(LLM, writer))
        .isInstanceOf(PermissionDeniedException.class);
    service().deleteSecret(OPENAI, writer);
    assertThat(secrets.queries.secrets(LLM, reader)).isEmpty();
  }

  @Test
  void aPutReplacesTheValueUnderTheSameKeyAndStoresOnlyCiphertext() {
    service().createScope(LLM, false, alice);
    service().putSecret(OPENAI, SecretValue.of("sk-canary-1"), alice);
    service().putSecret(OPENAI, SecretValue.of("sk-canary-2"), alice);

    assertThat(secrets.repository.all()).hasSize(1);
    StoredSecret stored = secrets.repository.all().get(0);
    assertThat(stored.ciphertext().data()).doesNotContain("canary");
    assertThat(stored.ciphertext().masterKeyId()).isEqualTo(secrets.keys.current().id());
    assertThat(secrets.resolver.resolve(OPENAI.reference()).asString()).isEqualTo("sk-canary-2");
  }

  @Test
  void aScopeHoldsAtMost1000Secrets() {
    service().createScope(LLM, false, alice);
    for (int i = 0; i < SecretCommands.MAX_SECRETS_PER_SCOPE; i++) {
      secrets.commands.putSecret(
          new SecretId(LLM, new KeyName("k" + i)), SecretValue.of("v"), alice);
    }

    secrets.commands.putSecret(new SecretId(LLM, new KeyName("k0")), SecretValue.of("new"), alice);
    assertThatThrownBy(
            () ->
                service()
                    .putSecret(
                        new SecretId(LLM, new KeyName("one-more")), SecretValue.of("v"), alice))
        .isInstanceOfSatisfying(
            GatehouseException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.RESOURCE_LIMIT_EXCEEDED))
        .hasMessage(
            "Secret scope 'llm' already holds 1000 secrets, the limit; delete one or use another"
                + " scope.");
    assertThat(lastEvent().outcome()).isEqualTo(AuditOutcome.INVALID);
  }

  @Test
  void aValueOver128KiBIsRefused() {
    service().createScope(LLM, false, alice);

    assertThatThrownBy(() -> service().putSecret(OPENAI, SecretValue.of(new byte[131073]), alice))
        .isInstanceOf(InvalidParameterException.class);
  }

  @Test
  void missingScopesSecretsAndAclsAreNamed() {
    assertThatThrownBy(() -> service().putSecret(OPENAI, SecretValue.of("v"), alice))
        .isInstanceOf(SecretScopeNotFoundException.class)
        .hasMessage("Secret scope 'llm' does not exist.");
    service().createScope(LLM, false, alice);
    assertThatThrownBy(() -> service().deleteSecret(OPENAI, alice))
        .isInstanceOf(SecretNotFoundException.class)
        .hasMessage("Secret 'openai' does not exist in secret scope 'llm'.");
    assertThatThrownBy(() -> secrets.queries.acl(LLM, "bob", alice))
        .isInstanceOf(SecretAclNotFoundException.class);
  }

  @Test
  void nobodyMayChangeTheManagedScopeNotEvenAnAdmin() {
    for (Runnable change :
        new Runnable[] {
          () ->
              service()
                  .putSecret(
                      new SecretId(ScopeName.MANAGED, new KeyName("k")),
                      SecretValue.of("v"),
                      admin()),
          () -> service().deleteScope(ScopeName.MANAGED, admin()),
          () -> service().putAcl(ScopeName.MANAGED, "alice", AclPermission.READ, admin())
        }) {
      assertThatThrownBy(change::run)
          .isInstanceOf(PermissionDeniedException.class)
          .hasMessageContaining("only Gatehouse changes it");
    }
    assertThatThrownBy(() -> secrets.queries.secrets(ScopeName.MANAGED, alice))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void getIsAlwaysRefusedAndRecorded() {
    service().createScope(LLM, false, alice);
    service().putSecret(OPENAI, SecretValue.of("sk-canary"), alice);

    assertThatThrownBy(() -> service().getSecret(OPENAI, admin()))
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessageContaining("never returned");
    AuditEvent event = lastEvent();
    assertThat(event.action()).isEqualTo("secret.get");
    assertThat(event.targetName()).isEqualTo("llm/openai");
    assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
  }

  @Test
  void everyChangeAndEveryRefusalIsAuditedWithKeyNamesButNoValues() {
    service().createScope(LLM, false, alice);
    service().putSecret(OPENAI, SecretValue.of("sk-canary"), alice);
    service().putAcl(LLM, "bob", AclPermission.READ, alice);
    service().putAcl(LLM, "bob", AclPermission.WRITE, alice);
    assertThatThrownBy(() -> service().deleteSecret(OPENAI, user("mallory")));
    service().deleteAcl(LLM, "bob", alice);
    service().deleteSecret(OPENAI, alice);
    service().deleteScope(LLM, alice);

    assertThat(secrets.auditLog.events)
        .extracting(
            AuditEvent::action, AuditEvent::targetType, AuditEvent::targetName, AuditEvent::outcome)
        .containsExactly(
            tuple("secret-scope.create", "secret-scope", "llm", AuditOutcome.SUCCESS),
            tuple("secret.put", "secret", "llm/openai", AuditOutcome.SUCCESS),
            tuple("secret-acl.put", "secret-scope", "llm", AuditOutcome.SUCCESS),
            tuple("secret-acl.put", "secret-scope", "llm", AuditOutcome.SUCCESS),
            tuple("secret.delete", "secret", "llm/openai", AuditOutcome.DENIED),
            tuple("secret-acl.delete", "secret-scope", "llm", AuditOutcome.SUCCESS),
            tuple("secret.delete", "secret", "llm/openai", AuditOutcome.SUCCESS),
            tuple("secret-scope.delete", "secret-scope", "llm", AuditOutcome.SUCCESS));
    AuditEvent aclChange = secrets.auditLog.events.get(3);
    assertThat(aclChange.before().toString())
        .isEqualTo("{\"principal\":\"bob\",\"permission\":\"READ\"}");
    assertThat(aclChange.after().toString())
        .isEqualTo("{\"principal\":\"bob\",\"permission\":\"WRITE\"}");
    assertThat(secrets.auditLog.events.get(1).after().toString())
        .isEqualTo("{\"scope\":\"llm\",\"key\":\"openai\",\"created\":true}");
    assertThat(secrets.auditLog.events.get(4).principal()).isEqualTo("mallory");
    assertThat(secrets.auditLog.events.toString()).doesNotContain("canary");
  }

  @Test
  void deletingAScopeDeletesItsSecrets() {
    service().createScope(LLM, false, alice);
    service().putSecret(OPENAI, SecretValue.of("v"), alice);

    service().deleteScope(LLM, alice);

    assertThat(secrets.repository.all()).isEmpty();
    assertThatThrownBy(() -> secrets.resolver.resolve(OPENAI.reference()))
        .isInstanceOf(SecretNotFoundException.class);
  }

  private AuditEvent lastEvent() {
    return secrets.auditLog.events.get(secrets.auditLog.events.size() - 1);
  }
}
