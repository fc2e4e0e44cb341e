package dev.gatehouse.providers.databricks;

import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.providers.UnsupportedInvocationException;
import dev.gatehouse.providers.UpstreamRequest;
import dev.gatehouse.providers.openai.OpenAiCompatibleAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Provider {@code databricks-model-serving}: a Databricks serving endpoint, OpenAI-compatible at
 * {@code <databricks_workspace_url>/serving-endpoints/<model name>/invocations}, with the workspace
 * token as bearer. Streams carry usage without being asked.
 */
@ApplicationScoped
public class DatabricksModelServingAdapter extends OpenAiCompatibleAdapter {

  @Override
  public ProviderKind provider() {
    return ProviderKind.DATABRICKS_MODEL_SERVING;
  }

  @Override
  protected boolean sendsModel() {
    return false;
  }

  @Override
  protected boolean asksForStreamUsage() {
    return false;
  }

  private static String workspace(ProviderTarget target) {
    String url = text(target.config(), "databricks_workspace_url");
    if (url == null) {
      throw new UnsupportedInvocationException(
          "The endpoint's databricks_model_serving_config has no databricks_workspace_url;"
              + " its owner must set one before it can be queried.");
    }
    return url;
  }

  private static String model(ProviderTarget target) {
    return URLEncoder.encode(target.model().name(), StandardCharsets.UTF_8);
  }

  @Override
  protected URI uri(Task task, ProviderTarget target) {
    return join(workspace(target), "serving-endpoints/" + model(target) + "/invocations");
  }

  @Override
  protected Map<String, String> auth(ProviderTarget target) {
    return Map.of("Authorization", "Bearer " + target.credentials().get("databricks_api_token"));
  }

  @Override
  public Optional<UpstreamRequest> probe(ProviderTarget target) {
    return Optional.of(
        get(join(workspace(target), "api/2.0/serving-endpoints/" + model(target)), target));
  }
}
