package dev.gatehouse.providers.openai;

import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.providers.UpstreamRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Azure OpenAI: OpenAI's bodies sent to {@code {base}/openai/deployments/{deployment}/{path}
 * ?api-version={v}} with an {@code api-key} header ({@code azure}) or a Microsoft Entra ID bearer
 * token ({@code azuread}). The deployment in the path names the model.
 */
class AzureOpenAiAdapter extends OpenAiCompatibleAdapter {

  @Override
  public ProviderKind provider() {
    return ProviderKind.OPENAI;
  }

  @Override
  protected boolean sendsModel() {
    return false;
  }

  private static String openAiBase(ProviderTarget target) {
    String base = text(target.config(), "openai_api_base");
    String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return trimmed.endsWith("/openai") ? trimmed : trimmed + "/openai";
  }

  private static String version(ProviderTarget target) {
    return URLEncoder.encode(text(target.config(), "openai_api_version"), StandardCharsets.UTF_8);
  }

  @Override
  protected URI uri(Task task, ProviderTarget target) {
    String deployment =
        URLEncoder.encode(text(target.config(), "openai_deployment_name"), StandardCharsets.UTF_8);
    return URI.create(
        openAiBase(target)
            + "/deployments/"
            + deployment
            + "/"
            + path(task)
            + "?api-version="
            + version(target));
  }

  @Override
  protected Map<String, String> auth(ProviderTarget target) {
    if ("azuread".equals(text(target.config(), "openai_api_type"))) {
      return Map.of(
          "Authorization", "Bearer " + target.credentials().get(OpenAiAdapter.ENTRA_ACCESS_TOKEN));
    }
    return Map.of("api-key", target.credentials().get("openai_api_key"));
  }

  @Override
  public Optional<UpstreamRequest> probe(ProviderTarget target) {
    return Optional.of(
        get(URI.create(openAiBase(target) + "/models?api-version=" + version(target)), target));
  }
}
