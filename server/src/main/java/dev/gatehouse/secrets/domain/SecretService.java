package dev.gatehouse.secrets.domain;

import static dev.gatehouse.secrets.domain.SecretAudit.SCOPE;
import static dev.gatehouse.secrets.domain.SecretAudit.SECRET;
import static dev.gatehouse.secrets.domain.SecretAudit.summary;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.platform.errors.PermissionDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The secrets API's changes: each one commits in its own transaction, then is recorded in the audit
 * trail (refused attempts too) and dropped from this node's resolver cache.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class SecretService {
  @Inject SecretCommands commands;
  @Inject SecretAudit audit;
  @Inject SecretResolver resolver;

  public void createScope(ScopeName scope, boolean allUsersManage, Caller caller) {
    audit.record(
        caller,
        "secret-scope.create",
        SCOPE,
        scope.value(),
        () -> {
          commands.createScope(scope, allUsersManage, caller);
          return scope;
        },
        s -> null,
        s ->
            summary(
                "scope",
                s.value(),
                "manage_principal",
                allUsersManage ? SecretScope.ALL_USERS : caller.userName()));
  }

  public void deleteScope(ScopeName scope, Caller caller) {
    audit.record(
        caller,
        "secret-scope.delete",
        SCOPE,
        scope.value(),
        () -> commands.deleteScope(scope, caller),
        count -> summary("scope", scope.value(), "secret_count", count),
        count -> null);
    resolver.forget(scope);
  }

  public void putSecret(SecretId id, SecretValue value, Caller caller) {
    audit.record(
        caller,
        "secret.put",
        SECRET,
        id.toString(),
        () -> commands.putSecret(id, value, caller),
        created -> null,
        created ->
            summary("scope", id.scope().value(), "key", id.key().value(), "created", created));
    resolver.forget(id);
  }

  public void deleteSecret(SecretId id, Caller caller) {
    audit.record(
        caller,
        "secret.delete",
        SECRET,
        id.toString(),
        () -> {
          commands.deleteSecret(id, caller);
          return id;
        },
        i -> summary("scope", i.scope().value(), "key", i.key().value()),
        i -> null);
    resolver.forget(id);
  }

  /**
   * Always refused, and recorded: values are never returned over the API. Gatehouse is their only
   * reader, when it calls a provider.
   */
  public void getSecret(SecretId id, Caller caller) {
    PermissionDeniedException refusal =
        new PermissionDeniedException(
            "Secret values are never returned by the API; Gatehouse alone reads them, when it"
                + " calls a provider. GET /api/2.0/secrets/list?scope="
                + id.scope()
                + " shows which keys exist.");
    audit.refused(caller, "secret.get", SECRET, id.toString(), refusal);
    throw refusal;
  }

  public void putAcl(ScopeName scope, String principal, AclPermission permission, Caller caller) {
    audit.record(
        caller,
        "secret-acl.put",
        SCOPE,
        scope.value(),
        () -> commands.putAcl(scope, principal, permission, caller),
        before -> before.map(SecretService::aclSummary).orElse(null),
        before -> aclSummary(new Acl(principal, permission)));
  }

  public void deleteAcl(ScopeName scope, String principal, Caller caller) {
    audit.record(
        caller,
        "secret-acl.delete",
        SCOPE,
        scope.value(),
        () -> commands.deleteAcl(scope, principal, caller),
        SecretService::aclSummary,
        acl -> null);
  }

  private static JsonNode aclSummary(Acl acl) {
    return summary("principal", acl.principal(), "permission", acl.permission());
  }
}
