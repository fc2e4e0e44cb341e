package dev.gatehouse.providers.vertex;

import static dev.gatehouse.providers.Fixtures.body;
import static dev.gatehouse.providers.Fixtures.object;
import static dev.gatehouse.providers.vertex.VertexFixtures.ACCESS_TOKEN;
import static dev.gatehouse.providers.vertex.VertexFixtures.MODEL_PATH;
import static dev.gatehouse.providers.vertex.VertexFixtures.adapter;
import static dev.gatehouse.providers.vertex.VertexFixtures.invocation;
import static dev.gatehouse.providers.vertex.VertexFixtures.json;
import static dev.gatehouse.providers.vertex.VertexFixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.UnsupportedInvocationException;
import dev.gatehouse.providers.UpstreamRequest;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class VertexRequestTest {
  private static final String BASE = "https://us-central1-aiplatform.googleapis.com" + MODEL_PATH;

  private static JsonNode translate(Task task, String fixture) {
    return body(adapter().request(invocation(task, fixture, false), target()));
  }

  @Test
  void chatGoesToGenerateContentWithTheBearerToken() {
    UpstreamRequest request =
        adapter().request(invocation(Task.CHAT, "chat.request.json", false), target());

    assertThat(adapter().provider()).isEqualTo(ProviderKind.GOOGLE_CLOUD_VERTEX_AI);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.uri()).isEqualTo(URI.create(BASE + ":generateContent"));
    assertThat(request.headers())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("Authorization", "Bearer " + ACCESS_TOKEN, "content-type", "application/json"));
    assertThat(body(request)).isEqualTo(json("chat.upstream-request.json"));
    assertThat(request.toString()).doesNotContain(ACCESS_TOKEN);
  }

  @Test
  void toolsToolCallsAndToolResultsBecomeFunctionDeclarationsCallsAndResponses() {
    assertThat(translate(Task.CHAT, "tool-call.request.json"))
        .isEqualTo(json("tool-call.upstream-request.json"));
  }

  @Test
  void completionsAreEmulatedWithOneUserTurn() {
    UpstreamRequest request =
        adapter()
            .request(invocation(Task.COMPLETIONS, "completions.request.json", false), target());

    assertThat(request.uri()).isEqualTo(URI.create(BASE + ":generateContent"));
    assertThat(body(request)).isEqualTo(json("completions.upstream-request.json"));
  }

  @Test
  void streamsGoToStreamGenerateContentAsSse() {
    UpstreamRequest chat =
        adapter().request(invocation(Task.CHAT, "chat.request.json", true), target());
    UpstreamRequest completion =
        adapter().request(invocation(Task.COMPLETIONS, "completions.request.json", true), target());

    assertThat(chat.uri()).isEqualTo(URI.create(BASE + ":streamGenerateContent?alt=sse"));
    assertThat(chat.headers()).containsEntry("accept", "text/event-stream");
    assertThat(body(chat)).isEqualTo(json("chat.upstream-request.json"));
    assertThat(completion.uri()).isEqualTo(URI.create(BASE + ":streamGenerateContent?alt=sse"));
  }

  @Test
  void embeddingsGoToPredictWithInstancesAndOutputDimensionality() {
    UpstreamRequest request =
        adapter()
            .request(
                invocation(Task.EMBEDDINGS, "embeddings.request.json", false),
                target("text-embedding-005", "llm/v1/embeddings", "europe-west4"));

    assertThat(request.uri())
        .isEqualTo(
            URI.create(
                "https://europe-west4-aiplatform.googleapis.com/v1/projects/my-project/locations/"
                    + "europe-west4/publishers/google/models/text-embedding-005:predict"));
    assertThat(request.headers()).containsEntry("Authorization", "Bearer " + ACCESS_TOKEN);
    assertThat(body(request)).isEqualTo(json("embeddings.upstream-request.json"));
  }

  @Test
  void geminiEmbeddingTakesOneInput() {
    Invocation call = invocation(Task.EMBEDDINGS, object("{\"input\":[\"a\",\"b\"]}"));

    assertThatThrownBy(
            () ->
                adapter()
                    .request(
                        call, target("gemini-embedding-001", "llm/v1/embeddings", "us-central1")))
        .isInstanceOf(UnsupportedInvocationException.class)
        .hasMessage(
            "gemini-embedding-001 embeds one input per request on Vertex AI; send input as a"
                + " single string.");
  }

  @Test
  void tokenArraysCannotBeEmbedded() {
    Invocation call = invocation(Task.EMBEDDINGS, object("{\"input\":[[1,2,3]]}"));

    assertThatThrownBy(() -> adapter().request(call, target()))
        .isInstanceOf(UnsupportedInvocationException.class)
        .hasMessage("Vertex AI embeds text only: input must be a string or a list of strings.");
  }

  @Test
  void theGlobalRegionHasNoRegionalHost() {
    UpstreamRequest request =
        adapter()
            .request(
                invocation(Task.CHAT, "chat.request.json", false),
                target("gemini-2.5-flash", "llm/v1/chat", "global"));

    assertThat(request.uri())
        .isEqualTo(
            URI.create(
                "https://aiplatform.googleapis.com/v1/projects/my-project/locations/global/"
                    + "publishers/google/models/gemini-2.5-flash:generateContent"));
  }

  @Test
  void theBaseUrlSettingStandsInForGoogle() {
    VertexAdapter configured = new VertexAdapter(Optional.of(" http://127.0.0.1:9999/vertex/ "));
    VertexAdapter proxy = new VertexAdapter();

    assertThat(
            configured.request(invocation(Task.CHAT, "chat.request.json", false), target()).uri())
        .isEqualTo(URI.create("http://127.0.0.1:9999/vertex" + MODEL_PATH + ":generateContent"));
    assertThat(proxy.request(invocation(Task.CHAT, "chat.request.json", false), target()).uri())
        .isEqualTo(URI.create(BASE + ":generateContent"));
    assertThat(new VertexAdapter(Optional.of(""), Clock.systemUTC()).modelUrl(target()))
        .isEqualTo(BASE);
  }

  @Test
  void aRegionThatIsNoRegionIsRefused() {
    assertThatThrownBy(
            () ->
                adapter()
                    .request(
                        invocation(Task.CHAT, "chat.request.json", false),
                        target("gemini-2.5-flash", "llm/v1/chat", "evil.example/x")))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("The endpoint's region 'evil.example/x' is not a Google Cloud region.");
  }

  @Test
  void theProbeCountsTokensOfTheModel() {
    UpstreamRequest probe = adapter().probe(target()).orElseThrow();
    UpstreamRequest embeddingProbe =
        adapter()
            .probe(target("text-embedding-005", "llm/v1/embeddings", "us-central1"))
            .orElseThrow();

    assertThat(probe.method()).isEqualTo("POST");
    assertThat(probe.uri()).isEqualTo(URI.create(BASE + ":countTokens"));
    assertThat(probe.headers()).containsEntry("Authorization", "Bearer " + ACCESS_TOKEN);
    assertThat(body(probe))
        .isEqualTo(
            Json.MAPPER.readTree(
                "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"ping\"}]}]}"));
    assertThat(body(embeddingProbe))
        .isEqualTo(Json.MAPPER.readTree("{\"instances\":[{\"content\":\"ping\"}]}"));
  }

  @Test
  void moreThanFiveStopSequencesAreRefused() {
    Invocation call =
        invocation(
            Task.CHAT,
            object(
                "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],"
                    + "\"stop\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"]}"));

    assertThatThrownBy(() -> adapter().request(call, target()))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("Vertex AI takes at most 5 stop sequences, got 6.");
  }

  @Test
  void maxCompletionTokensSeveralChoicesNamedToolAndJsonFormatAreTranslated() {
    Invocation call =
        invocation(
            Task.CHAT,
            object(
                """
                {"messages":[{"role":"user","content":"Hi"}],"max_completion_tokens":64,"n":2,
                 "tools":[{"type":"function","function":{"name":"f","parameters":{}}}],
                 "tool_choice":{"type":"function","function":{"name":"f"}},
                 "response_format":{"type":"json_object"}}
                """));

    JsonNode body = body(adapter().request(call, target()));

    assertThat(body.get("generationConfig"))
        .isEqualTo(
            Json.MAPPER.readTree(
                "{\"maxOutputTokens\":64,\"candidateCount\":2,"
                    + "\"responseMimeType\":\"application/json\"}"));
    assertThat(body.get("toolConfig"))
        .isEqualTo(
            Json.MAPPER.readTree(
                "{\"functionCallingConfig\":{\"mode\":\"ANY\",\"allowedFunctionNames\":[\"f\"]}}"));
  }

  @Test
  void aToolResultForAnUnknownCallIsRefused() {
    Invocation call =
        invocation(
            Task.CHAT,
            object(
                "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},"
                    + "{\"role\":\"tool\",\"tool_call_id\":\"nope\",\"content\":\"1\"}]}"));

    assertThatThrownBy(() -> adapter().request(call, target()))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "messages[1] answers tool call 'nope', which no earlier assistant message made;"
                + " Vertex AI needs the function's name.");
  }

  @Test
  void aMaxTokensThatIsNotAPositiveIntegerIsRefusedByItsName() {
    Invocation call =
        invocation(
            Task.CHAT,
            object("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"max_tokens\":0}"));

    assertThatThrownBy(() -> adapter().request(call, target()))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("max_tokens must be a positive integer, got 0.");
  }

  @Test
  void severalPromptsAndImagePartsAreUnsupported() {
    Invocation prompts = invocation(Task.COMPLETIONS, object("{\"prompt\":[\"a\",\"b\"]}"));
    Invocation image =
        invocation(
            Task.CHAT,
            object(
                "{\"messages\":[{\"role\":\"user\",\"content\":"
                    + "[{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://x/y.png\"}}]}]}"));

    assertThatThrownBy(() -> adapter().request(prompts, target()))
        .isInstanceOf(UnsupportedInvocationException.class)
        .hasMessage("Vertex AI takes one prompt per request: send prompt as a single string.");
    assertThatThrownBy(() -> adapter().request(image, target()))
        .isInstanceOf(UnsupportedInvocationException.class)
        .hasMessage(
            "messages[0].content: Gatehouse sends only text parts to Vertex AI, not 'image_url'.");
  }

  @Test
  void anAssistantTurnWithNothingToSayIsLeftOut() {
    Invocation call =
        invocation(
            Task.CHAT,
            object(
                "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"},"
                    + "{\"role\":\"assistant\",\"content\":\"\"},"
                    + "{\"role\":\"user\",\"content\":\"Hello?\"}]}"));

    JsonNode body = body(adapter().request(call, target()));

    assertThat(body.get("contents"))
        .isEqualTo(
            Json.MAPPER.readTree(
                "[{\"role\":\"user\",\"parts\":[{\"text\":\"Hi\"},{\"text\":\"Hello?\"}]}]"));
  }
}
