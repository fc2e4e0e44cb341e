package dev.gatehouse.providers.bedrock;

import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.providers.UpstreamRequest;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Signs Bedrock requests with SigV4 through the AWS SDK's signer (service {@code bedrock}, the
 * config's region), whose canonical URI double-encodes the already encoded model id as AWS expects.
 * {@code Host} and {@code Content-Length} are signed but not handed on: the JDK client derives both
 * from the URI and body, and refuses them as headers.
 */
final class BedrockSigner {
  static final String SERVICE = "bedrock";
  static final String ACCESS_KEY_FIELD = "aws_access_key_id";
  static final String SECRET_KEY_FIELD = "aws_secret_access_key";
  private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

  private final Clock clock;

  BedrockSigner(Clock clock) {
    this.clock = clock;
  }

  /** The signed request; headers added to {@code unsigned} travel without being signed. */
  UpstreamRequest sign(
      String method,
      URI uri,
      Map<String, String> signed,
      Map<String, String> unsigned,
      byte[] body,
      ProviderTarget target,
      String region) {
    SdkHttpRequest.Builder http =
        SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri);
    signed.forEach(http::putHeader);
    SignedRequest result =
        SIGNER.sign(
            r -> {
              r.identity(credentials(target))
                  .request(http.build())
                  .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SERVICE)
                  .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                  .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, clock);
              if (body != null) {
                r.payload(ContentStreamProvider.fromByteArray(body));
              }
            });
    Map<String, String> headers = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> header : result.request().headers().entrySet()) {
      String name = header.getKey();
      if (!name.equalsIgnoreCase("host") && !name.equalsIgnoreCase("content-length")) {
        headers.put(name, String.join(",", header.getValue()));
      }
    }
    headers.putAll(unsigned);
    return new UpstreamRequest(method, result.request().getUri(), headers, body);
  }

  /**
   * The config's access key pair. An instance profile is a credential of the AWS host Gatehouse
   * runs on, which Gatehouse does not fetch (that needs the SDK's credential providers and an HTTP
   * client of their own), so such endpoints are refused with a message their owner can act on.
   */
  private static AwsCredentialsIdentity credentials(ProviderTarget target) {
    boolean hasKeys =
        target.config() != null
            && (target.config().hasNonNull(ACCESS_KEY_FIELD)
                || target.config().hasNonNull(ACCESS_KEY_FIELD + "_plaintext"));
    if (!hasKeys && target.config() != null && target.config().hasNonNull("instance_profile_arn")) {
      throw new InstanceProfileNotSupportedException();
    }
    return AwsCredentialsIdentity.create(
        target.credentials().get(ACCESS_KEY_FIELD), target.credentials().get(SECRET_KEY_FIELD));
  }
}
