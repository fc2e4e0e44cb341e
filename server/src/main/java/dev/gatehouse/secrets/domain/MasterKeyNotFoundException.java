package dev.gatehouse.secrets.domain;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

/** No master key with that id. */
public class MasterKeyNotFoundException extends GatehouseException {
  public MasterKeyNotFoundException(String keyId) {
    super(
        ErrorCode.RESOURCE_DOES_NOT_EXIST,
        "Master key '" + keyId + "' does not exist; GET /api/2.0/secrets/master-keys lists them.");
  }
}
