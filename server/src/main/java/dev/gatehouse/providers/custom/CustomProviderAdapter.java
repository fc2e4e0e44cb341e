package dev.gatehouse.providers.custom;

import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.providers.UpstreamRequest;
import dev.gatehouse.providers.openai.OpenAiCompatibleAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Provider {@code custom}: any OpenAI-compatible server (vLLM, Ollama, TGI, ...) at {@code
 * custom_provider_url} (its {@code .../v1} base), authenticated by {@code bearer_token_auth} or by
 * the header {@code api_key_auth} names.
 */
@ApplicationScoped
public class CustomProviderAdapter extends OpenAiCompatibleAdapter {

  @Override
  public ProviderKind provider() {
    return ProviderKind.CUSTOM;
  }

  @Override
  protected URI uri(Task task, ProviderTarget target) {
    return join(text(target.config(), "custom_provider_url"), path(task));
  }

  @Override
  protected Map<String, String> auth(ProviderTarget target) {
    if (target.config().get("api_key_auth") instanceof ObjectNode apiKey) {
      return Map.of(text(apiKey, "key"), target.credentials().get("api_key_auth.value"));
    }
    return Map.of("Authorization", "Bearer " + target.credentials().get("bearer_token_auth.token"));
  }

  @Override
  public Optional<UpstreamRequest> probe(ProviderTarget target) {
    return Optional.of(get(join(text(target.config(), "custom_provider_url"), "models"), target));
  }
}
