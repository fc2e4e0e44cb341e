package dev.gatehouse.providers.vertex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.platform.json.Json;
import java.net.URI;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class VertexServiceAccountKeyTest {
  private static String pem;

  @BeforeAll
  static void key() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder()
                .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
  }

  private static ObjectNode keyFile() {
    return Json.MAPPER
        .createObjectNode()
        .put("type", "service_account")
        .put("project_id", "p")
        .put("private_key_id", "kid-1")
        .put("private_key", pem)
        .put("client_email", "sa@p.iam.gserviceaccount.com");
  }

  @Test
  void aKeyFileWithoutTokenUriUsesGooglesAndPrintsNoKey() {
    ServiceAccountKey key = ServiceAccountKey.parse(keyFile().toString());

    assertThat(key.clientEmail()).isEqualTo("sa@p.iam.gserviceaccount.com");
    assertThat(key.privateKeyId()).isEqualTo("kid-1");
    assertThat(key.privateKey().getAlgorithm()).isEqualTo("RSA");
    assertThat(key.tokenUri()).isEqualTo(URI.create("https://oauth2.googleapis.com/token"));
    assertThat(key.toString()).isEqualTo("ServiceAccountKey[sa@p.iam.gserviceaccount.com, kid-1]");
  }

  @Test
  void anotherCredentialTypeIsRefused() {
    String userCredentials = keyFile().put("type", "authorized_user").toString();

    assertThatThrownBy(() -> ServiceAccountKey.parse(userCredentials))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The private_key secret is not a service account JSON key. Store the whole JSON key"
                + " file of a service account (type service_account, with client_email,"
                + " private_key_id and private_key) in the secret.");
  }

  @Test
  void aKeyFileWithoutClientEmailOrWithABadTokenUriIsRefused() {
    ObjectNode noEmail = keyFile();
    noEmail.remove("client_email");

    assertThatThrownBy(() -> ServiceAccountKey.parse(noEmail.toString()))
        .hasMessageStartingWith("The service account JSON key has no client_email.");
    assertThatThrownBy(
            () -> ServiceAccountKey.parse(keyFile().put("token_uri", "file:///etc").toString()))
        .hasMessageStartingWith("The service account key's token_uri is not an http(s) URL.");
  }
}
