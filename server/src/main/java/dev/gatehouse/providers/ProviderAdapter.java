package dev.gatehouse.providers;

import dev.gatehouse.endpoints.domain.ProviderKind;
import java.util.Optional;

/**
 * One provider's translation between Gatehouse's OpenAI-shaped API and the provider's own. Kept to
 * the four things every provider differs in: the request, the answer with its usage, the errors,
 * and the stream. Variants (Azure of OpenAI) reuse a base adapter and override only what differs.
 */
public interface ProviderAdapter {

  /** The provider this adapter serves; the registry refuses two adapters for one provider. */
  ProviderKind provider();

  /**
   * The upstream request for an invocation: URL, headers (auth included) and body. Throws {@link
   * UnsupportedInvocationException} for what the provider cannot do (e.g. embeddings on Anthropic,
   * {@code n > 1} where there is no such thing), which the client sees as a 400.
   */
  UpstreamRequest request(Invocation invocation, ProviderTarget target);

  /** The OpenAI-shaped answer to a successful (2xx) upstream response, with its usage. */
  Answer answer(Invocation invocation, UpstreamResponse response);

  /**
   * What a failed (non-2xx) upstream response means: its class, a message safe to show the caller
   * (no credential, no internal URL), and when to retry if the provider said.
   */
  UpstreamFailure failure(UpstreamResponse response);

  /** A fresh translator for one streamed invocation. */
  StreamTranslator stream(Invocation invocation);

  /**
   * A cheap authenticated request (e.g. listing models) that tells whether the target's credentials
   * are accepted, run before a new config serves; empty where the provider has none.
   */
  default Optional<UpstreamRequest> probe(ProviderTarget target) {
    return Optional.empty();
  }
}
