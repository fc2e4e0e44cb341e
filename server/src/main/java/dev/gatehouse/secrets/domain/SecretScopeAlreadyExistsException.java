package dev.gatehouse.secrets.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

/** A scope name already taken. */
public class SecretScopeAlreadyExistsException extends GatehouseException {
  public SecretScopeAlreadyExistsException(ScopeName scope) {
    super(ErrorCode.RESOURCE_ALREADY_EXISTS, "Secret scope '" + scope + "' already exists.");
  }
}
