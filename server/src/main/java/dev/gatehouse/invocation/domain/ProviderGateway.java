package dev.gatehouse.invocation.domain;

import dev.gatehouse.providers.ProviderAdapter;
import dev.gatehouse.providers.UpstreamRequest;
import dev.gatehouse.providers.UpstreamResponse;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Sends requests to providers under fault-tolerance policies (timeout, retry, circuit breaker and
 * bulkhead per provider). Failures arrive as {@link InvocationFailedException}, already in the
 * client-facing shape.
 */
public interface ProviderGateway {

  /** A complete, successful (2xx) response. */
  UpstreamResponse call(ProviderAdapter adapter, UpstreamRequest request);

  /** A successful response whose body is still arriving; closing the body cancels the call. */
  OpenStream open(ProviderAdapter adapter, UpstreamRequest request);

  record OpenStream(int status, Map<String, List<String>> headers, InputStream body) {}
}
