package dev.gatehouse.secrets.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

/** No secret scope of that name. */
public class SecretScopeNotFoundException extends GatehouseException {
  public SecretScopeNotFoundException(ScopeName scope) {
    super(ErrorCode.RESOURCE_DOES_NOT_EXIST, "Secret scope '" + scope + "' does not exist.");
  }
}
