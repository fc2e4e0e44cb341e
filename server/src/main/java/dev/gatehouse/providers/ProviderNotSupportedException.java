package dev.gatehouse.providers;

import dev.gatehouse.endpoints.domain.ProviderKind;

/** The endpoint's provider has no adapter in this Gatehouse yet. */
public class ProviderNotSupportedException extends UnsupportedInvocationException {
  public ProviderNotSupportedException(ProviderKind provider) {
    super(
        "Provider "
            + provider.wire()
            + " is not supported yet by this Gatehouse: endpoints using it can be configured but"
            + " not queried.");
  }
}
