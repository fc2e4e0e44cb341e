package dev.gatehouse.providers.bedrock;

import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.GatehouseException;

/**
 * A Bedrock endpoint authenticates by {@code instance_profile_arn}, which Gatehouse cannot use yet:
 * the endpoint's owner must act, the caller cannot, hence {@code UPSTREAM_AUTH_FAILED}.
 */
public class InstanceProfileNotSupportedException extends GatehouseException {
  InstanceProfileNotSupportedException() {
    super(
        ErrorCode.UPSTREAM_AUTH_FAILED,
        "Amazon Bedrock authentication by instance_profile_arn is not supported yet; the"
            + " endpoint's owner must configure aws_access_key_id and aws_secret_access_key.");
  }
}
