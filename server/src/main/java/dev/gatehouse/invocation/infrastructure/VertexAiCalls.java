package dev.gatehouse.invocation.infrastructure;

import dev.gatehouse.invocation.domain.UpstreamCallException;
import dev.gatehouse.invocation.domain.UpstreamUnreachableException;
import dev.gatehouse.providers.ProviderAdapter;
import dev.gatehouse.providers.UpstreamRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/** Calls to Google Cloud Vertex AI, with their own breaker and bulkhead. */
@ApplicationScoped
public class VertexAiCalls extends GuardedCalls {
  @Override
  @Retry(
      maxRetries = 2,
      delay = 200,
      jitter = 100,
      maxDuration = 60000,
      retryOn = {UpstreamCallException.Retryable.class, UpstreamUnreachableException.class})
  @CircuitBreaker(
      requestVolumeThreshold = 20,
      failureRatio = 0.5,
      delay = 10000,
      successThreshold = 2,
      skipOn = {UpstreamCallException.Rejected.class, BulkheadException.class})
  @Bulkhead(100)
  public HttpResponse<InputStream> exchange(ProviderAdapter adapter, UpstreamRequest request) {
    return super.exchange(adapter, request);
  }
}
