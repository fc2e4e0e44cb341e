package dev.gatehouse.secrets.api;

import dev.gatehouse.access.domain.CallerContext;
import dev.gatehouse.platform.json.RequestBodies;
import dev.gatehouse.schema.Schemas;
import dev.gatehouse.secrets.domain.KeyName;
import dev.gatehouse.secrets.domain.ScopeName;
import dev.gatehouse.secrets.domain.SecretId;
import dev.gatehouse.secrets.domain.SecretQueries;
import dev.gatehouse.secrets.domain.SecretScope;
import dev.gatehouse.secrets.domain.SecretService;
import dev.gatehouse.secrets.domain.SecretValue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/** Secret scopes and secrets, in the paths and shapes of the Databricks secrets API. */
@Path("api/2.0/secrets")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SecretsResource {
  @Inject SecretService secrets;
  @Inject SecretQueries queries;
  @Inject RequestBodies bodies;
  @Inject CallerContext caller;

  record CreateScope(String scope, String initialManagePrincipal, String scopeBackendType) {}

  record ScopeRef(String scope) {}

  record PutSecret(String scope, String key, String stringValue, String bytesValue) {
    @Override
    public String toString() {
      return "PutSecret[" + scope + "/" + key + "]";
    }
  }

  record SecretRef(String scope, String key) {}

  @POST
  @Path("scopes/create")
  public SecretViews.Empty createScope(InputStream body) {
    CreateScope request = bodies.read(body, Schemas.SECRET_SCOPE_CREATE, CreateScope.class);
    secrets.createScope(
        new ScopeName(request.scope()),
        SecretScope.ALL_USERS.equals(request.initialManagePrincipal()),
        caller.get());
    return new SecretViews.Empty();
  }

  @GET
  @Path("scopes/list")
  public SecretViews.ScopeList listScopes() {
    return new SecretViews.ScopeList(queries.scopes(caller.get()));
  }

  @POST
  @Path("scopes/delete")
  public SecretViews.Empty deleteScope(InputStream body) {
    ScopeRef request = bodies.read(body, Schemas.SECRET_SCOPE_DELETE, ScopeRef.class);
    secrets.deleteScope(new ScopeName(request.scope()), caller.get());
    return new SecretViews.Empty();
  }

  @POST
  @Path("put")
  public SecretViews.Empty put(InputStream body) {
    PutSecret request = bodies.read(body, Schemas.SECRET_PUT, PutSecret.class);
    SecretId id = new SecretId(new ScopeName(request.scope()), new KeyName(request.key()));
    SecretValue value = SecretValue.fromRequest(request.stringValue(), request.bytesValue());
    secrets.putSecret(id, value, caller.get());
    return new SecretViews.Empty();
  }

  @GET
  @Path("list")
  public SecretViews.SecretList list(@QueryParam("scope") String scope) {
    return new SecretViews.SecretList(queries.secrets(new ScopeName(scope), caller.get()));
  }

  @POST
  @Path("delete")
  public SecretViews.Empty delete(InputStream body) {
    SecretRef request = bodies.read(body, Schemas.SECRET_DELETE, SecretRef.class);
    secrets.deleteSecret(
        new SecretId(new ScopeName(request.scope()), new KeyName(request.key())), caller.get());
    return new SecretViews.Empty();
  }

  /** Always 403: no API returns a value (see {@link SecretService#getSecret}). */
  @GET
  @Path("get")
  public SecretViews.Empty get(@QueryParam("scope") String scope, @QueryParam("key") String key) {
    secrets.getSecret(new SecretId(new ScopeName(scope), new KeyName(key)), caller.get());
    return new SecretViews.Empty();
  }
}
