package dev.gatehouse.secrets.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

/** No secret under that key in that scope (or no such scope). */
public class SecretNotFoundException extends GatehouseException {
  public SecretNotFoundException(SecretId id) {
    super(
        ErrorCode.RESOURCE_DOES_NOT_EXIST,
        "Secret '" + id.key() + "' does not exist in secret scope '" + id.scope() + "'.");
  }
}
