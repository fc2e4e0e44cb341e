package dev.gatehouse.terraform.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Secret scopes, secrets and their ACLs: {@code /api/2.0/secrets/...}, values write-only. */
public final class SecretsApi {
  private final GatehouseClient client;

  public SecretsApi(GatehouseClient client) {
    this.client = client;
  }

  public record Scope(String name, String backendType) {}

  public void createScope(String scope) {
    client.post("/api/2.0/secrets/scopes/create", GatehouseClient.object().put("scope", scope));
  }

  /**
   * Creates a scope in Gatehouse's own store, as Terraform's databricks_secret_scope does: {@code
   * initialManagePrincipal} is {@code "users"} or {@code null} (MANAGE for the creator only).
   */
  public void createScope(String scope, String initialManagePrincipal) {
    var body = GatehouseClient.object().put("scope", scope).put("scope_backend_type", "DATABRICKS");
    if (initialManagePrincipal != null) {
      body.put("initial_manage_principal", initialManagePrincipal);
    }
    client.post("/api/2.0/secrets/scopes/create", body);
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
