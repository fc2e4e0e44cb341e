package dev.gatehouse.secrets.domain;

import static dev.gatehouse.secrets.domain.SecretAudit.SECRET;
import static dev.gatehouse.secrets.domain.SecretAudit.summary;

import dev.gatehouse.access.domain.Caller;
import dev.gatehouse.endpoints.domain.CredentialPolicy;
import dev.gatehouse.endpoints.domain.EndpointConfig;
import dev.gatehouse.endpoints.domain.PendingUpdate;
import dev.gatehouse.endpoints.domain.SecretReference;
import dev.gatehouse.platform.errors.PermissionDeniedException;
import dev.gatehouse.platform.json.Json;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * The secrets side of endpoint configs. Referencing a secret needs READ on its scope: without that
 * rule anyone who may create an endpoint could point a custom provider at their own server and
 * receive the key. A {@code *_plaintext} value becomes a managed secret, and the stored config
 * keeps the field with a reference in place of the value, so the database holds it only as
 * ciphertext and responses (which drop {@code *_plaintext} fields) never show it.
 */
@ApplicationScoped
public class SecretCredentialPolicy implements CredentialPolicy {
  @Inject SecretRepository repository;
  @Inject SecretCommands commands;
  @Inject SecretAudit audit;

  @Override
  public EndpointConfig admit(PendingUpdate update, Caller caller) {
    JsonNode config = Json.MAPPER.valueToTree(update.config());
    ConfigCredentials credentials = ConfigCredentials.in(config);
    checkReferences(credentials, caller);
    for (ConfigCredentials.Plaintext plaintext : credentials.plaintexts()) {
      KeyName key = ManagedKeys.of(update.endpointId(), update.version(), plaintext.path());
      SecretValue value = SecretValue.of(plaintext.value()).checkSize(plaintext.path());
      audit.record(
          caller,
          "secret.put",
          SECRET,
          new SecretId(ScopeName.MANAGED, key).toString(),
          () -> {
            commands.putManaged(key, value, caller.userName());
            return key;
          },
          k -> null,
          k ->
              summary(
                  "scope",
                  ScopeName.MANAGED.value(),
                  "key",
                  k.value(),
                  "endpoint",
                  update.endpoint().value()));
      plaintext.replaceWith(new SecretReference(ScopeName.MANAGED.value(), key.value()));
    }
    return Json.MAPPER.treeToValue(config, EndpointConfig.class);
  }

  /** Refuses the first scope (by name) the caller may not read, naming it and never a value. */
  void checkReferences(ConfigCredentials credentials, Caller caller) {
    Map<String, ConfigCredentials.Reference> byScope = new TreeMap<>();
    credentials.references().forEach(r -> byScope.putIfAbsent(r.reference().scope(), r));
    for (ConfigCredentials.Reference reference : byScope.values()) {
      ScopeName scope = new ScopeName(reference.reference().scope());
      if (scope.managed()) {
        throw new PermissionDeniedException(
            "Secret scope '"
                + scope
                + "' holds the *_plaintext credentials of endpoints and cannot be referenced;"
                + " put the value in a scope of your own.");
      }
      boolean mayRead =
          caller.admin()
              || repository
                  .findScope(scope)
                  .flatMap(s -> s.levelFor(caller))
                  .filter(level -> level.includes(AclPermission.READ))
                  .isPresent();
      if (!mayRead) {
        throw new PermissionDeniedException(
            "'"
                + caller.userName()
                + "' needs READ on secret scope '"
                + scope
                + "' to reference "
                + reference.reference()
                + " ("
                + reference.path()
                + ").");
      }
    }
  }

  @Override
  public void retain(String endpointId, Set<Integer> versions, Caller caller) {
    for (KeyName key :
        commands.deleteManaged(
            ManagedKeys.prefix(endpointId),
            k -> ManagedKeys.versionOf(k).stream().anyMatch(versions::contains))) {
      audit.record(
          caller,
          "secret.delete",
          SECRET,
          new SecretId(ScopeName.MANAGED, key).toString(),
          () -> key,
          k -> summary("scope", ScopeName.MANAGED.value(), "key", k.value()),
          k -> null);
    }
  }
}
