package dev.gatehouse.providers;

import dev.gatehouse.platform.errors.InvalidParameterException;

/** Something the endpoint's provider cannot do, such as embeddings on Anthropic. */
public class UnsupportedInvocationException extends InvalidParameterException {
  public UnsupportedInvocationException(String message) {
    super(message);
  }
}
