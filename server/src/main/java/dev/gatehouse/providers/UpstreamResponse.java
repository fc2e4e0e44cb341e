package dev.gatehouse.providers;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A complete HTTP response from a provider. Header names are matched without regard to case. */
public record UpstreamResponse(int status, Map<String, List<String>> headers, byte[] body) {

  public Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
        .flatMap(e -> e.getValue().stream())
        .findFirst();
  }

  public boolean successful() {
    return status >= 200 && status < 300;
  }
}
