package dev.gatehouse.providers.ai21labs;

import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.providers.Answer;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.providers.UnsupportedInvocationException;
import dev.gatehouse.providers.UpstreamRequest;
import dev.gatehouse.providers.UpstreamResponse;
import dev.gatehouse.providers.openai.OpenAiCompatibleAdapter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tools.jackson.databind.node.ObjectNode;

/**
 * Provider {@code ai21labs}: Jamba's chat API, which is OpenAI's shape at {@code
 * /studio/v1/chat/completions} with a few differences kept here: no completions or embeddings API
 * (the legacy ones are retired), no {@code stream_options} (usage comes on the last chunk anyway)
 * nor OpenAI-only sampling fields, which it may refuse with a 422, and answers that may lack {@code
 * object} and {@code created}.
 */
@ApplicationScoped
public class Ai21LabsAdapter extends OpenAiCompatibleAdapter {
  static final String DEFAULT_BASE = "https://api.ai21.com";
  private static final List<String> OPENAI_ONLY =
      List.of("seed", "presence_penalty", "frequency_penalty", "logit_bias", "logprobs", "user");

  private final String baseUrl;
  private final Clock clock;

  /** For CDI's proxy. */
  protected Ai21LabsAdapter() {
    this(DEFAULT_BASE, Clock.systemUTC());
  }

  @Inject
  public Ai21LabsAdapter(
      @ConfigProperty(name = "gatehouse.providers.ai21labs.base-url", defaultValue = DEFAULT_BASE)
          String baseUrl) {
    this(baseUrl, Clock.systemUTC());
  }

  Ai21LabsAdapter(String baseUrl, Clock clock) {
    this.baseUrl = baseUrl;
    this.clock = clock;
  }

  @Override
  public ProviderKind provider() {
    return ProviderKind.AI21LABS;
  }

  @Override
  public UpstreamRequest request(Invocation invocation, ProviderTarget target) {
    ObjectNode body = invocation.body().deepCopy();
    body.remove(OPENAI_ONLY);
    return super.request(
        new Invocation(invocation.task(), body, invocation.stream(), invocation.servedModelName()),
        target);
  }

  @Override
  protected URI uri(Task task, ProviderTarget target) {
    if (task != Task.CHAT) {
      throw new UnsupportedInvocationException(
          "AI21 Labs serves chat only (task llm/v1/chat); its completions and embeddings APIs are"
              + " retired.");
    }
    return join(baseUrl, "studio/v1/chat/completions");
  }

  @Override
  protected Map<String, String> auth(ProviderTarget target) {
    return Map.of("Authorization", "Bearer " + target.credentials().get("ai21labs_api_key"));
  }

  @Override
  protected boolean asksForStreamUsage() {
    return false;
  }

  @Override
  public Answer answer(Invocation invocation, UpstreamResponse response) {
    Answer answer = super.answer(invocation, response);
    ObjectNode body = answer.body();
    if (!body.hasNonNull("object")) {
      body.put("object", "chat.completion");
    }
    if (!body.hasNonNull("created")) {
      body.put("created", clock.instant().getEpochSecond());
    }
    return answer;
  }
}
