package dev.gatehouse.secrets.api;

import dev.gatehouse.access.domain.CallerContext;
import dev.gatehouse.secrets.domain.MasterKeyService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Master keys, for admins (a Gatehouse extension: Databricks manages its keys itself). */
@Path("api/2.0/secrets/master-keys")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MasterKeysResource {
  @Inject MasterKeyService keys;
  @Inject CallerContext caller;

  @GET
  public SecretViews.MasterKeyList list() {
    return new SecretViews.MasterKeyList(
        keys.list(caller.get()).stream().map(SecretViews.MasterKey::of).toList());
  }

  /** Takes no body: anything sent is ignored. */
  @POST
  @Path("rotate")
  public SecretViews.Rotation rotate() {
    return SecretViews.Rotation.of(keys.rotate(caller.get()));
  }

  @DELETE
  @Path("{key_id}")
  public SecretViews.Empty delete(@PathParam("key_id") String keyId) {
    keys.remove(keyId, caller.get());
    return new SecretViews.Empty();
  }
}
