package dev.gatehouse.secrets.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

/** A principal without an ACL on the scope. */
public class SecretAclNotFoundException extends GatehouseException {
  public SecretAclNotFoundException(ScopeName scope, String principal) {
    super(
        ErrorCode.RESOURCE_DOES_NOT_EXIST,
        "Secret scope '" + scope + "' has no ACL for '" + principal + "'.");
  }
}
