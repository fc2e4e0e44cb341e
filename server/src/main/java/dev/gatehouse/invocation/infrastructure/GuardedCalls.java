package dev.gatehouse.invocation.infrastructure;

import dev.gatehouse.invocation.domain.UpstreamCallException;
import dev.gatehouse.invocation.domain.UpstreamUnreachableException;
import dev.gatehouse.providers.ProviderAdapter;
import dev.gatehouse.providers.UpstreamFailure;
import dev.gatehouse.providers.UpstreamRequest;
import dev.gatehouse.providers.UpstreamResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbound call under fault-tolerance policies. Fault-tolerance state (breaker, bulkhead) is
 * per bean class, so each provider has a subclass carrying the annotations: one dead provider opens
 * only its own breaker. A failure is classified by the adapter and thrown as the exception the
 * policies filter on; a {@code Retry-After} within {@code gatehouse.invocations.max-retry-after-ms}
 * is waited out before the retry, a longer one goes to the caller. The breakers skip what the
 * provider rejected and what the bulkhead turned away: a full bulkhead is Gatehouse's own load, and
 * counting it would open the breaker of a healthy provider under a burst.
 */
public abstract class GuardedCalls {
  @Inject UpstreamHttp http;

  @Inject
  @ConfigProperty(name = "gatehouse.invocations.max-retry-after-ms", defaultValue = "10000")
  long maxRetryAfterMs;

  /** Sends the request; returns the response with its body open (2xx only). */
  public HttpResponse<InputStream> exchange(ProviderAdapter adapter, UpstreamRequest request) {
    HttpResponse<InputStream> response =
        http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() >= 200 && response.statusCode() < 300) {
      return response;
    }
    UpstreamFailure failure = adapter.failure(complete(response, 1 << 20));
    if (!failure.kind().retryable()) {
      throw failure.kind() == UpstreamFailure.Kind.BAD_REQUEST
              || failure.kind() == UpstreamFailure.Kind.AUTH
          ? new UpstreamCallException.Rejected(failure)
          : new UpstreamCallException(failure);
    }
    Duration wait = failure.retryAfterHint().orElse(Duration.ZERO);
    if (wait.toMillis() > maxRetryAfterMs) {
      throw new UpstreamCallException(failure);
    }
    sleep(wait);
    throw new UpstreamCallException.Retryable(failure);
  }

  /** The whole response, its body read up to {@code maxBytes}. */
  static UpstreamResponse complete(HttpResponse<InputStream> response, int maxBytes) {
    return complete(response, response.body(), maxBytes);
  }

  /** The whole response, its body read from {@code body} (the response's, maybe guarded). */
  static UpstreamResponse complete(
      HttpResponse<InputStream> response, InputStream body, int maxBytes) {
    try (body) {
      return new UpstreamResponse(
          response.statusCode(), response.headers().map(), body.readNBytes(maxBytes));
    } catch (IOException e) {
      throw new UpstreamUnreachableException("the connection " + UpstreamHttp.brokenConnection(e));
    }
  }

  private static void sleep(Duration wait) {
    if (wait.isZero()) {
      return;
    }
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
