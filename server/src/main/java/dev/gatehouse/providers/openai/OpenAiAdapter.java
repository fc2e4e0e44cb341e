package dev.gatehouse.providers.openai;

import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.providers.UpstreamRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Provider {@code openai}: OpenAI itself ({@code openai_api_type} absent or {@code openai}) and,
 * for {@code azure} / {@code azuread}, the Azure OpenAI variant, which differs only in URL and
 * auth.
 */
@ApplicationScoped
public class OpenAiAdapter extends OpenAiCompatibleAdapter {
  static final String DEFAULT_BASE = "https://api.openai.com/v1";

  /**
   * The derived credential {@code azuread} endpoints authenticate with: a Microsoft Entra ID access
   * token the invocation context obtains from the block's client credentials.
   */
  public static final String ENTRA_ACCESS_TOKEN = "microsoft_entra_access_token";

  private final AzureOpenAiAdapter azure = new AzureOpenAiAdapter();

  @Override
  public ProviderKind provider() {
    return ProviderKind.OPENAI;
  }

  static boolean isAzure(ProviderTarget target) {
    String type = text(target.config(), "openai_api_type");
    return "azure".equals(type) || "azuread".equals(type);
  }

  @Override
  public UpstreamRequest request(Invocation invocation, ProviderTarget target) {
    return isAzure(target) ? azure.request(invocation, target) : super.request(invocation, target);
  }

  @Override
  public Optional<UpstreamRequest> probe(ProviderTarget target) {
    return isAzure(target)
        ? azure.probe(target)
        : Optional.of(get(join(base(target), "models"), target));
  }

  private static String base(ProviderTarget target) {
    String base = text(target.config(), "openai_api_base");
    return base == null ? DEFAULT_BASE : base;
  }

  @Override
  protected URI uri(Task task, ProviderTarget target) {
    return join(base(target), path(task));
  }

  @Override
  protected Map<String, String> auth(ProviderTarget target) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer " + target.credentials().get("openai_api_key"));
    String organization = text(target.config(), "openai_organization");
    if (organization != null) {
      headers.put("OpenAI-Organization", organization);
    }
    return headers;
  }
}
