package dev.gatehouse.endpoints.api;

import dev.gatehouse.endpoints.domain.CatalogModel;
import dev.gatehouse.endpoints.domain.ModelCatalog;
import dev.gatehouse.endpoints.domain.ModelCatalogProvider;
import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.json.JsonBody;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;

/** The sanctioned-model catalog, filtered by task and provider. */
@Path("api/2.0/external-models")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ExternalModelsResource {
  @Inject ModelCatalogProvider catalog;

  record CatalogView(List<CatalogModel> models, Set<String> openProviders) implements JsonBody {}

  @GET
  public CatalogView list(
      @QueryParam("task") String task, @QueryParam("provider") String provider) {
    ModelCatalog current = catalog.get();
    return new CatalogView(
        current.list(
            task == null ? null : Task.fromWire(task),
            provider == null ? null : ProviderKind.fromWire(provider)),
        current.openProviders());
  }
}
