package dev.gatehouse.terraform.client;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Secret scopes, secrets and their ACLs: {@code /api/2.0/secrets/...}, values write-only. */
public final class SecretsApi {
  private final GatehouseClient client;

  public SecretsApi(GatehouseClient client) {
    this.client = client;
  }

  public record Scope(String name, String backendType) {}

  /** What the API shows of a secret: never its value. */
  public record SecretMetadata(String key, long lastUpdatedTimestamp) {}

  /** A principal's permission on a scope: READ, WRITE or MANAGE. */
  public record Acl(String principal, String permission) {}

  /** Creates the secret or replaces its value, stored as the string's UTF-8 bytes. */
  public void putSecret(String scope, String key, String stringValue) {
    client.post("/api/2.0/secrets/put", secret(scope, key).put("string_value", stringValue));
  }

  /** Creates the secret or replaces its value with these bytes (sent as base64). */
  public void putSecretBytes(String scope, String key, byte[] value) {
    client.post(
        "/api/2.0/secrets/put",
        secret(scope, key).put("bytes_value", Base64.getEncoder().encodeToString(value)));
  }

  public List<SecretMetadata> listSecrets(String scope) {
    List<SecretMetadata> secrets = new ArrayList<>();
    JsonNode answer = client.get("/api/2.0/secrets/list?scope=" + GatehouseClient.encode(scope));
    for (JsonNode secret : answer.path("secrets")) {
      secrets.add(
          new SecretMetadata(
              secret.path("key").asString(), secret.path("last_updated_timestamp").asLong(0)));
    }
    return secrets;
  }

  /**
   * The secret's metadata; empty when the secret or its whole scope is gone, since either way
   * Terraform should drop the secret from state.
   */
  public Optional<SecretMetadata> findSecret(String scope, String key) {
    try {
      return listSecrets(scope).stream().filter(s -> s.key().equals(key)).findFirst();
    } catch (GatehouseApiException e) {
      if (e.notFound()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  public void deleteSecret(String scope, String key) {
    client.post("/api/2.0/secrets/delete", secret(scope, key));
  }

  /** Grants {@code permission} to {@code principal}, replacing what it had on the scope. */
  public void putAcl(String scope, String principal, String permission) {
    client.post("/api/2.0/secrets/acls/put", acl(scope, principal).put("permission", permission));
  }

  /** Empty when the scope has no ACL for the principal, or the scope does not exist. */
  public Optional<Acl> getAcl(String scope, String principal) {
    return client
        .find(
            "/api/2.0/secrets/acls/get?scope="
                + GatehouseClient.encode(scope)
                + "&principal="
                + GatehouseClient.encode(principal))
        .map(SecretsApi::acl);
  }

  public List<Acl> listAcls(String scope) {
    List<Acl> acls = new ArrayList<>();
    JsonNode answer =
        client.get("/api/2.0/secrets/acls/list?scope=" + GatehouseClient.encode(scope));
    answer.path("items").forEach(item -> acls.add(acl(item)));
    return acls;
  }

  public void deleteAcl(String scope, String principal) {
    client.post("/api/2.0/secrets/acls/delete", acl(scope, principal));
  }

  private static ObjectNode secret(String scope, String key) {
    return GatehouseClient.object().put("scope", scope).put("key", key);
  }

  private static ObjectNode acl(String scope, String principal) {
    return GatehouseClient.object().put("scope", scope).put("principal", principal);
  }

  private static Acl acl(JsonNode item) {
    return new Acl(item.path("principal").asString(null), item.path("permission").asString(null));
  }

  public void createScope(String scope) {
    client.post("/api/2.0/secrets/scopes/create", GatehouseClient.object().put("scope", scope));
  }

  public List<Scope> listScopes() {
    List<Scope> scopes = new ArrayList<>();
    for (JsonNode scope : client.get("/api/2.0/secrets/scopes/list").path("scopes")) {
      scopes.add(
          new Scope(scope.path("name").asString(), scope.path("backend_type").asString(null)));
    }
    return scopes;
  }

  /** The scope if the caller can see it; Terraform reads an absent scope as deleted. */
  public Optional<Scope> findScope(String scope) {
    return listScopes().stream().filter(s -> s.name().equals(scope)).findFirst();
  }

  public void deleteScope(String scope) {
    client.post("/api/2.0/secrets/scopes/delete", GatehouseClient.object().put("scope", scope));
  }
}
