package dev.gatehouse.invocation.infrastructure;

import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.invocation.domain.ClientFailures;
import dev.gatehouse.invocation.domain.ProviderGateway;
import dev.gatehouse.invocation.domain.UpstreamCallException;
import dev.gatehouse.invocation.domain.UpstreamTimeoutException;
import dev.gatehouse.invocation.domain.UpstreamUnreachableException;
import dev.gatehouse.providers.ProviderAdapter;
import dev.gatehouse.providers.ProviderNotSupportedException;
import dev.gatehouse.providers.UpstreamRequest;
import dev.gatehouse.providers.UpstreamResponse;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** Picks the provider's guarded calls and turns every way a call fails into the client shape. */
@ApplicationScoped
public class GuardedProviderGateway implements ProviderGateway {
  @Inject OpenAiCalls openAi;
  @Inject CustomCalls custom;
  @Inject DatabricksCalls databricks;
  @Inject AnthropicCalls anthropic;
  @Inject CohereCalls cohere;
  @Inject Ai21LabsCalls ai21labs;
  @Inject VertexAiCalls vertexAi;
  @Inject BedrockCalls bedrock;

  @Inject
  @ConfigProperty(
      name = "gatehouse.invocations.unavailable-retry-after-seconds",
      defaultValue = "10")
  long unavailableRetryAfterSeconds;

  @Inject
  @ConfigProperty(name = "gatehouse.invocations.stream-idle-timeout-ms", defaultValue = "60000")
  long idleTimeoutMs;

  @Resource ManagedScheduledExecutorService scheduler;

  /**
   * The bean whose fault-tolerance policies guard the provider's calls, as Fault Tolerance names it
   * in its metrics: the subclass of {@link GuardedCalls}, not the container's proxy of it.
   */
  public Class<?> guardOf(ProviderKind provider) {
    Class<?> bean = callsFor(provider).getClass();
    while (bean.getSuperclass() != GuardedCalls.class) {
      bean = bean.getSuperclass();
    }
    return bean;
  }

  private GuardedCalls callsFor(ProviderKind provider) {
    return switch (provider) {
      case OPENAI -> openAi;
      case CUSTOM -> custom;
      case DATABRICKS_MODEL_SERVING -> databricks;
      case ANTHROPIC -> anthropic;
      case COHERE -> cohere;
      case AI21LABS -> ai21labs;
      case GOOGLE_CLOUD_VERTEX_AI -> vertexAi;
      case AMAZON_BEDROCK -> bedrock;
      case PALM -> throw new ProviderNotSupportedException(provider);
    };
  }

  /**
   * Reads the whole answer. The timeouts above end at the response headers, so a provider that
   * stops sending half-way through its body is cut off by the idle watchdog, as streams are.
   */
  @Override
  public UpstreamResponse call(ProviderAdapter adapter, UpstreamRequest request) {
    return readWhole(exchange(adapter, request), idleTimeoutMs, scheduler);
  }

  static UpstreamResponse readWhole(
      HttpResponse<InputStream> response, long idleMs, ScheduledExecutorService scheduler) {
    if (scheduler == null || idleMs <= 0) {
      return complete(response, response.body(), null);
    }
    try (IdleWatchdog watchdog = new IdleWatchdog(response.body(), idleMs, scheduler)) {
      return complete(response, watchdog.stream(), watchdog);
    }
  }

  private static UpstreamResponse complete(
      HttpResponse<InputStream> response, InputStream body, IdleWatchdog watchdog) {
    try {
      return GuardedCalls.complete(response, body, Integer.MAX_VALUE - 8);
    } catch (UpstreamUnreachableException e) {
      throw watchdog != null && watchdog.idled()
          ? ClientFailures.timeout()
          : ClientFailures.unreachable(e.getMessage());
    }
  }

  @Override
  public OpenStream open(ProviderAdapter adapter, UpstreamRequest request) {
    HttpResponse<InputStream> response = exchange(adapter, request);
    return new OpenStream(response.statusCode(), response.headers().map(), response.body());
  }

  private HttpResponse<InputStream> exchange(ProviderAdapter adapter, UpstreamRequest request) {
    try {
      return callsFor(adapter.provider()).exchange(adapter, request);
    } catch (UpstreamCallException e) {
      throw ClientFailures.of(e.failure());
    } catch (UpstreamUnreachableException e) {
      throw ClientFailures.unreachable(e.getMessage());
    } catch (UpstreamTimeoutException | TimeoutException e) {
      throw ClientFailures.timeout();
    } catch (CircuitBreakerOpenException e) {
      throw ClientFailures.unavailable(
          "Calls to provider " + adapter.provider().wire() + " are failing, so they are paused.",
          Duration.ofSeconds(unavailableRetryAfterSeconds));
    } catch (BulkheadException e) {
      throw ClientFailures.unavailable(
          "Too many calls to provider " + adapter.provider().wire() + " are in flight.",
          Duration.ofSeconds(1));
    }
  }
}
