package dev.gatehouse.providers.bedrock;

import static dev.gatehouse.providers.Fixtures.body;
import static dev.gatehouse.providers.bedrock.BedrockFixtures.ACCESS_KEY;
import static dev.gatehouse.providers.bedrock.BedrockFixtures.MODEL;
import static dev.gatehouse.providers.bedrock.BedrockFixtures.SECRET_KEY;
import static dev.gatehouse.providers.bedrock.BedrockFixtures.adapter;
import static dev.gatehouse.providers.bedrock.BedrockFixtures.invocation;
import static dev.gatehouse.providers.bedrock.BedrockFixtures.json;
import static dev.gatehouse.providers.bedrock.BedrockFixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.errors.ErrorCode;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Fixtures;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.providers.UnsupportedInvocationException;
import dev.gatehouse.providers.UpstreamRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class BedrockRequestTest {
  private static final String CHAT_URL =
      "https://bedrock-runtime.us-east-1.amazonaws.com/model/"
          + "anthropic.claude-3-5-sonnet-20240620-v1%3A0/converse";

  /**
   * What the SDK signs for the fixed clock and AWS's example keys; recomputed independently (by
   * hand, with the canonical URI double-encoded: {@code v1%253A0}) when this fixture was made.
   */
  private static final String CHAT_AUTHORIZATION =
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260115/us-east-1/bedrock/aws4_request,"
          + " SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date,"
          + " Signature=d235042a5737e3ce28fa5ab23e7d6b9e385c870c10ee68c3896f140d1fd42a8b";

  private static final String CHAT_BODY_SHA256 =
      "e702275aa5f865bd41cdaf7a0d1156bb69cd5909be00090ffed128fb95c464d7";

  private static UpstreamRequest chat(String fixture) {
    return adapter()
        .request(invocation(Task.CHAT, fixture, false), target(MODEL, "llm/v1/chat", "anthropic"));
  }

  @Test
  void chatIsASignedConverseCallWithTheModelIdAsOneEncodedSegment() {
    UpstreamRequest request = chat("chat.invocation.json");

    assertThat(adapter().provider()).isEqualTo(ProviderKind.AMAZON_BEDROCK);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.uri()).hasToString(CHAT_URL);
    assertThat(request.headers())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "Authorization", CHAT_AUTHORIZATION,
                "X-Amz-Date", "20260115T102030Z",
                "x-amz-content-sha256", CHAT_BODY_SHA256,
                "content-type", "application/json",
                "accept", "application/json"));
    assertThat(request.headers().get("Authorization"))
        .startsWith(
            "AWS4-HMAC-SHA256 Credential="
                + ACCESS_KEY
                + "/20260115/us-east-1/bedrock/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, Signature=");
    assertThat(body(request)).isEqualTo(json("chat.converse-request.json"));
    assertThat(request.toString()).doesNotContain(SECRET_KEY).doesNotContain(ACCESS_KEY);
  }

  @Test
  void aStreamedChatGoesToConverseStreamAndAsksForTheEventStream() {
    UpstreamRequest request =
        adapter()
            .request(
                invocation(Task.CHAT, "chat.invocation.json", true),
                target(MODEL, "llm/v1/chat", "anthropic"));

    assertThat(request.uri()).hasToString(CHAT_URL + "-stream");
    assertThat(request.headers()).containsEntry("accept", "application/vnd.amazon.eventstream");
    assertThat(body(request)).isEqualTo(json("chat.converse-request.json"));
  }

  @Test
  void anArnModelIdEncodesItsSlashesAndColons() {
    String arn = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude";
    UpstreamRequest request =
        adapter()
            .request(
                invocation(Task.CHAT, "chat.invocation.json", false),
                target(arn, "llm/v1/chat", "anthropic"));

    assertThat(request.uri().getRawPath())
        .isEqualTo(
            "/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Ainference-profile"
                + "%2Fus.anthropic.claude/converse");
  }

  @Test
  void toolsToolCallsAndToolResultsAreTranslated() {
    assertThat(body(chat("tools.invocation.json"))).isEqualTo(json("tools.converse-request.json"));
  }

  @Test
  void toolChoiceRequiredIsAnyAndNoneLeavesTheToolsOut() {
    ObjectNode in = Fixtures.json(BedrockFixtures.PROVIDER, "tools.invocation.json");
    in.put("tool_choice", "required");
    assertThat(translate(Task.CHAT, in).path("toolConfig").path("toolChoice"))
        .isEqualTo(Json.MAPPER.readTree("{\"any\":{}}"));
    in.put("tool_choice", "none");
    assertThat(translate(Task.CHAT, in).has("toolConfig")).isFalse();
  }

  @Test
  void completionsAreOneUserMessageOnConverse() {
    UpstreamRequest request =
        adapter()
            .request(
                invocation(Task.COMPLETIONS, "completions.invocation.json", false),
                target("amazon.titan-text-express-v1", "llm/v1/completions", "amazon"));

    assertThat(request.uri().getPath()).isEqualTo("/model/amazon.titan-text-express-v1/converse");
    assertThat(body(request)).isEqualTo(json("completions.converse-request.json"));
  }

  @Test
  void severalChoicesAreRefused() {
    ObjectNode in = Fixtures.json(BedrockFixtures.PROVIDER, "chat.invocation.json").put("n", 2);

    assertThatThrownBy(() -> translate(Task.CHAT, in))
        .isInstanceOf(UnsupportedInvocationException.class)
        .hasMessage("Amazon Bedrock returns one choice per request; n must be 1, got 2.");
  }

  @Test
  void titanEmbeddingsInvokeTheModelWithOneInputText() {
    UpstreamRequest request =
        adapter()
            .request(
                invocation(Task.EMBEDDINGS, "embeddings-titan.invocation.json", false),
                target("amazon.titan-embed-text-v2:0", "llm/v1/embeddings", "AMAZON"));

    assertThat(request.uri())
        .hasToString(
            "https://bedrock-runtime.us-east-1.amazonaws.com/model/"
                + "amazon.titan-embed-text-v2%3A0/invoke");
    assertThat(body(request)).isEqualTo(json("embeddings-titan.invoke-request.json"));
  }

  @Test
  void titanRefusesSeveralInputs() {
    ObjectNode in = Json.MAPPER.createObjectNode();
    in.putArray("input").add("a").add("b");

    assertThatThrownBy(
            () ->
                adapter()
                    .request(
                        Fixtures.invocation(Task.EMBEDDINGS, in, false),
                        target("amazon.titan-embed-text-v2:0", "llm/v1/embeddings", "amazon")))
        .isInstanceOf(UnsupportedInvocationException.class)
        .hasMessage(
            "Amazon Titan embeds one input per call; send input as a single string (got 2"
                + " inputs).");
  }

  @Test
  void cohereEmbeddingsSendTextsForSearchDocuments() {
    UpstreamRequest request =
        adapter()
            .request(
                invocation(Task.EMBEDDINGS, "embeddings-cohere.invocation.json", false),
                target("cohere.embed-english-v3", "llm/v1/embeddings", "Cohere"));

    assertThat(request.uri().getPath()).isEqualTo("/model/cohere.embed-english-v3/invoke");
    assertThat(body(request)).isEqualTo(json("embeddings-cohere.invoke-request.json"));
  }

  @Test
  void cohereRefusesMoreThan96Texts() {
    ObjectNode in = Json.MAPPER.createObjectNode();
    for (int i = 0; i < 97; i++) {
      in.withArray("input").add("t" + i);
    }
    assertThatThrownBy(
            () ->
                adapter()
                    .request(
                        Fixtures.invocation(Task.EMBEDDINGS, in, false),
                        target("cohere.embed-english-v3", "llm/v1/embeddings", "cohere")))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("Cohere on Amazon Bedrock embeds at most 96 inputs per call, got 97.");
  }

  @Test
  void anthropicHasNoEmbeddings() {
    assertThatThrownBy(
            () ->
                adapter()
                    .request(
                        invocation(Task.EMBEDDINGS, "embeddings-titan.invocation.json", false),
                        target(MODEL, "llm/v1/embeddings", "anthropic")))
        .isInstanceOf(UnsupportedInvocationException.class)
        .hasMessageContaining("no embeddings for bedrock_provider anthropic")
        .hasMessageContaining("llm/v1/embeddings");
  }

  @Test
  void anInstanceProfileIsRefusedWithAMessageForTheOwner() {
    ProviderTarget base = target(MODEL, "llm/v1/chat", "anthropic");
    ObjectNode config = Json.MAPPER.createObjectNode();
    config.put("aws_region", "us-east-1").put("bedrock_provider", "anthropic");
    config.put("instance_profile_arn", "arn:aws:iam::123456789012:instance-profile/bedrock");
    ProviderTarget profile = new ProviderTarget(base.model(), config, base.credentials());

    assertThatThrownBy(
            () -> adapter().request(invocation(Task.CHAT, "chat.invocation.json", false), profile))
        .isInstanceOfSatisfying(
            InstanceProfileNotSupportedException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_AUTH_FAILED))
        .hasMessageContaining("instance_profile_arn is not supported yet")
        .hasMessageContaining("aws_access_key_id and aws_secret_access_key");
    assertThatThrownBy(() -> adapter().probe(profile))
        .isInstanceOf(InstanceProfileNotSupportedException.class);
  }

  @Test
  void aConfiguredEndpointStandsInForTheRegionalHost() {
    BedrockAdapter local =
        new BedrockAdapter("http://127.0.0.1:8089/{region}/", "", BedrockFixtures.CLOCK);
    UpstreamRequest request =
        local.request(
            invocation(Task.CHAT, "chat.invocation.json", false),
            target(MODEL, "llm/v1/chat", "anthropic"));

    assertThat(request.uri())
        .hasToString(
            "http://127.0.0.1:8089/us-east-1/model/"
                + "anthropic.claude-3-5-sonnet-20240620-v1%3A0/converse");
    assertThat(request.headers()).doesNotContainKeys("Host", "host");
  }

  @Test
  void aRegionThatIsNoRegionIsRefused() {
    ProviderTarget base = target(MODEL, "llm/v1/chat", "anthropic");
    ObjectNode config = base.config().deepCopy().put("aws_region", "evil.example.com/x");
    ProviderTarget bad = new ProviderTarget(base.model(), config, base.credentials());

    assertThatThrownBy(
            () -> adapter().request(invocation(Task.CHAT, "chat.invocation.json", false), bad))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("amazon_bedrock_config.aws_region must be an AWS region such as us-east-1.");
  }

  @Test
  void theProbeListsFoundationModelsOnTheControlPlane() {
    UpstreamRequest probe =
        adapter().probe(target(MODEL, "llm/v1/chat", "anthropic")).orElseThrow();

    assertThat(probe.method()).isEqualTo("GET");
    assertThat(probe.uri())
        .hasToString(
            "https://bedrock.us-east-1.amazonaws.com/foundation-models?byOutputModality=TEXT");
    assertThat(probe.body()).isNull();
    assertThat(probe.headers().get("Authorization"))
        .isEqualTo(
            "AWS4-HMAC-SHA256 Credential="
                + ACCESS_KEY
                + "/20260115/us-east-1/bedrock/aws4_request,"
                + " SignedHeaders=host;x-amz-content-sha256;x-amz-date,"
                + " Signature=6fa2f452d349ce367f184839b969cda3352786606d44cfa4a6a84a9b0e465601");
    assertThat(probe.headers()).containsEntry("X-Amz-Date", "20260115T102030Z");
  }

  private static JsonNode translate(Task task, ObjectNode in) {
    Invocation invocation = Fixtures.invocation(task, in, false);
    return body(adapter().request(invocation, target(MODEL, "llm/v1/chat", "anthropic")));
  }
}
