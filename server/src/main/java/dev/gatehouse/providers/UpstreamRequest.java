package dev.gatehouse.providers;

import java.net.URI;
import java.util.Map;

/** An HTTP request to a provider, as an adapter builds it; the invocation context sends it. */
public record UpstreamRequest(String method, URI uri, Map<String, String> headers, byte[] body) {

  /** Headers are secret-bearing: a request prints without them. */
  @Override
  public String toString() {
    return method + " " + uri;
  }
}
