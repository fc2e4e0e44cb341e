package dev.gatehouse.invocation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.invocation.domain.ProviderTargets.CredentialUnavailableException;
import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Fixtures;
import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.providers.vertex.VertexAdapter;
import dev.gatehouse.secrets.domain.SecretResolver;
import dev.gatehouse.secrets.domain.SecretValue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** How a Vertex endpoint's token is had: from the JSON key in {@code private_key}. */
class VertexProviderTargetsTest {
  private final List<String> exchanges = new ArrayList<>();
  private String secret;
  private ProviderTargets targets;
  private String pem;

  @BeforeEach
  void wire() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder()
                .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    targets = new ProviderTargets();
    targets.secrets =
        new SecretResolver() {
          @Override
          public Optional<SecretValue> credential(ObjectNode block, String field) {
            return field.equals("private_key") && block.has("private_key")
                ? Optional.of(SecretValue.of(secret))
                : Optional.empty();
          }
        };
    targets.tokens =
        new AccessTokens() {
          @Override
          public String clientCredentials(URI url, String id, String secret, String scope) {
            throw new AssertionError("not Entra");
          }

          @Override
          public String jwtBearer(
              URI url, String issuer, String keyId, PrivateKey key, String scope) {
            exchanges.add(url + " " + issuer + " " + keyId + " " + scope);
            return "ya29.from-" + key.getAlgorithm();
          }
        };
  }

  private ProviderTarget target() {
    ProviderTarget fixture =
        Fixtures.target(
            ProviderKind.GOOGLE_CLOUD_VERTEX_AI,
            "gemini-2.5-flash",
            "llm/v1/chat",
            "{\"project_id\":\"p\",\"region\":\"us-central1\","
                + "\"private_key\":\"{{secrets/llm/vertex-sa}}\"}");
    return targets.of(fixture.model());
  }

  private String keyFile(String tokenUri) {
    ObjectNode key =
        Json.MAPPER
            .createObjectNode()
            .put("type", "service_account")
            .put("project_id", "p")
            .put("private_key_id", "kid-1")
            .put("private_key", pem)
            .put("client_email", "sa@p.iam.gserviceaccount.com");
    if (tokenUri != null) {
      key.put("token_uri", tokenUri);
    }
    return key.toString();
  }

  @Test
  void theTokenIsSignedForTheKeysOwnTokenUri() {
    secret = keyFile("https://oauth2.googleapis.com/token");

    String token = target().credentials().get(VertexAdapter.ACCESS_TOKEN);

    assertThat(token).isEqualTo("ya29.from-RSA");
    assertThat(exchanges)
        .containsExactly(
            "https://oauth2.googleapis.com/token sa@p.iam.gserviceaccount.com kid-1"
                + " https://www.googleapis.com/auth/cloud-platform");
  }

  @Test
  void theTokenUrlSettingWinsOverTheKey() {
    secret = keyFile(null);
    targets.googleTokenUrl = Optional.of("http://127.0.0.1:9/token");

    target().credentials().get(VertexAdapter.ACCESS_TOKEN);

    assertThat(exchanges.get(0)).startsWith("http://127.0.0.1:9/token ");
  }

  @Test
  void aBarePemKeyIsRefusedWithoutRepeatingIt() {
    secret = pem;
    String body = pem.split("\n")[1].substring(0, 30);

    assertThatThrownBy(() -> target().credentials().get(VertexAdapter.ACCESS_TOKEN))
        .isInstanceOfSatisfying(
            CredentialUnavailableException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_AUTH_FAILED))
        .hasMessageStartingWith("The private_key secret is not a JSON key file.")
        .hasMessageContaining("Store the whole JSON key file")
        .hasMessageNotContaining(body);
    assertThat(exchanges).isEmpty();
  }

  @Test
  void aKeyFileWithABrokenKeyIsRefusedWithoutRepeatingIt() {
    secret = keyFile(null).replace(pem.split("\n")[1].substring(0, 8), "%%%%%%%%");

    assertThatThrownBy(() -> target().credentials().get(VertexAdapter.ACCESS_TOKEN))
        .isInstanceOf(CredentialUnavailableException.class)
        .hasMessageStartingWith(
            "The service account key's private_key is not a PKCS#8 RSA key in PEM.")
        .hasMessageNotContaining("BEGIN");
    assertThat(secret.getBytes(StandardCharsets.UTF_8)).isNotEmpty();
  }
}
