package dev.gatehouse.access.domain;

import dev.gatehouse.platform.errors.ResourceNotFoundException;

/** No token with that id, or none the caller may see. */
public class TokenNotFoundException extends ResourceNotFoundException {
  public TokenNotFoundException(String tokenId) {
    super("Token '" + tokenId + "' not found.");
  }
}
