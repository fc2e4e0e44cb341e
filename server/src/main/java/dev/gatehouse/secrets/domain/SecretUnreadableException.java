package dev.gatehouse.secrets.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

/**
 * A stored secret Gatehouse cannot decrypt: its master key is gone, or the ciphertext was altered
 * or moved to another secret. Names the secret and the key id, never any part of a value.
 */
public class SecretUnreadableException extends GatehouseException {
  public SecretUnreadableException(String message) {
    super(ErrorCode.INTERNAL_ERROR, message);
  }
}
