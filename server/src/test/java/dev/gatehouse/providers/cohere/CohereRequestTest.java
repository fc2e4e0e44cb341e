package dev.gatehouse.providers.cohere;

import static dev.gatehouse.providers.Fixtures.body;
import static dev.gatehouse.providers.Fixtures.object;
import static dev.gatehouse.providers.cohere.CohereFixtures.API_KEY;
import static dev.gatehouse.providers.cohere.CohereFixtures.adapter;
import static dev.gatehouse.providers.cohere.CohereFixtures.invocation;
import static dev.gatehouse.providers.cohere.CohereFixtures.json;
import static dev.gatehouse.providers.cohere.CohereFixtures.target;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class CohereRequestTest {

  private static JsonNode translate(Task task, String fixture) {
    return body(adapter().request(invocation(task, fixture, false), target()));
  }

  @Test
  void chatGoesToV2ChatWithTheBearerKey() {
    UpstreamRequest request =
        adapter().request(invocation(Task.CHAT, "chat.request.json", false), target());

    assertThat(adapter().provider()).isEqualTo(ProviderKind.COHERE);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.uri()).isEqualTo(URI.create("https://cohere.test/v2/chat"));
    assertThat(request.headers())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("Authorization", "Bearer " + API_KEY, "content-type", "application/json"));
    assertThat(body(request)).isEqualTo(json("chat.upstream-request.json"));
    assertThat(request.toString()).doesNotContain(API_KEY);
  }

  @Test
  void toolsToolCallsToolResultsAndDeveloperMessagesAreTranslated() {
    assertThat(translate(Task.CHAT, "tool-call.request.json"))
        .isEqualTo(json("tool-call.upstream-request.json"));
  }

  @Test
  void completionsAreEmulatedWithOneUserMessage() {
    assertThat(translate(Task.COMPLETIONS, "completions.request.json"))
        .isEqualTo(json("completions.upstream-request.json"));
  }

  @Test
  void embeddingsGoToV2EmbedAsSearchDocumentFloats() {
    UpstreamRequest request =
        adapter().request(invocation(Task.EMBEDDINGS, "embeddings.request.json", false), target());

    assertThat(request.uri()).isEqualTo(URI.create("https://cohere.test/v2/embed"));
    assertThat(request.headers()).containsEntry("Authorization", "Bearer " + API_KEY);
    assertThat(body(request)).isEqualTo(json("embeddings.upstream-request.json"));
  }

  @Test
  void aSingleEmbeddingInputAndDimensionsAreTranslated() {
    Invocation call =
        invocation(Task.EMBEDDINGS, object("{\"input\":\"hello\",\"dimensions\":256}"));

    JsonNode body = body(adapter().request(call, target()));

    assertThat(body.get("texts")).isEqualTo(Json.MAPPER.readTree("[\"hello\"]"));
    assertThat(body.get("output_dimension").asInt()).isEqualTo(256);
  }

  @Test
  void tokenArraysCannotBeEmbedded() {
    Invocation call = invocation(Task.EMBEDDINGS, object("{\"input\":[[1,2,3]]}"));

    assertThatThrownBy(() -> adapter().request(call, target()))
        .isInstanceOf(UnsupportedInvocationException.class)
        .hasMessage("Cohere embeds text only: input must be a string or a list of strings.");
  }

  @Test
  void theProbeListsOneModelWithTheBearerKey() {
    UpstreamRequest probe = adapter().probe(target()).orElseThrow();

    assertThat(probe.method()).isEqualTo("GET");
    assertThat(probe.uri()).isEqualTo(URI.create("https://cohere.test/v1/models?page_size=1"));
    assertThat(probe.headers())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("Authorization", "Bearer " + API_KEY, "accept", "application/json"));
    assertThat(probe.body()).isNull();
  }

  @Test
  void aStreamAsksCohereToStream() {
    UpstreamRequest request =
        adapter().request(invocation(Task.CHAT, "chat.request.json", true), target());

    assertThat(body(request).get("stream").asBoolean()).isTrue();
    assertThat(request.headers()).containsEntry("accept", "text/event-stream");
  }

  @Test
  void theConfigBlocksApiBaseWinsOverTheSetting() {
    UpstreamRequest request =
        adapter()
            .request(
                invocation(Task.CHAT, "chat.request.json", false),
                target(
                    object(
                        "{\"cohere_api_key\":\"{{secrets/llm/cohere}}\","
                            + "\"cohere_api_base\":\"https://api.cohere.ai/v1/\"}")));

    assertThat(request.uri()).isEqualTo(URI.create("https://api.cohere.ai/v2/chat"));
  }

  @Test
  void theInjectedConstructorTakesTheBaseUrlAsConfigured() {
    CohereAdapter configured = new CohereAdapter("http://127.0.0.1:9999/cohere/");
    CohereAdapter proxy = new CohereAdapter();

    assertThat(
            configured.request(invocation(Task.CHAT, "chat.request.json", false), target()).uri())
        .isEqualTo(URI.create("http://127.0.0.1:9999/cohere/v2/chat"));
    assertThat(proxy.request(invocation(Task.CHAT, "chat.request.json", false), target()).uri())
        .isEqualTo(URI.create("https://api.cohere.com/v2/chat"));
    assertThat(new CohereAdapter("https://x.test", Clock.systemUTC()).provider())
        .isEqualTo(ProviderKind.COHERE);
  }

  @Test
  void aStopStringBecomesOneStopSequenceAndNoneIsNone() {
    Invocation call =
        invocation(
            Task.CHAT,
            object(
                """
                {"messages":[{"role":"user","content":"Hi"}],"stop":"END","top_k":5,
                 "tools":[{"type":"function","function":{"name":"f","parameters":{}}}],
                 "tool_choice":"none","response_format":{"type":"json_object"}}
                """));

    JsonNode body = body(adapter().request(call, target()));

    assertThat(body.get("stop_sequences")).isEqualTo(Json.MAPPER.readTree("[\"END\"]"));
    assertThat(body.get("k").asInt()).isEqualTo(5);
    assertThat(body.get("tool_choice").asString()).isEqualTo("NONE");
    assertThat(body.get("response_format"))
        .isEqualTo(Json.MAPPER.readTree("{\"type\":\"json_object\"}"));
  }

  @Test
  void aNamedToolChoiceIsUnsupported() {
    Invocation call =
        invocation(
            Task.CHAT,
            object(
                """
                {"messages":[{"role":"user","content":"Hi"}],
                 "tools":[{"type":"function","function":{"name":"f","parameters":{}}}],
                 "tool_choice":{"type":"function","function":{"name":"f"}}}
                """));

    assertThatThrownBy(() -> adapter().request(call, target()))
        .isInstanceOf(UnsupportedInvocationException.class)
        .hasMessageStartingWith("Cohere cannot be made to call one named tool");
  }

  @Test
  void moreThanOneChoiceIsUnsupported() {
    Invocation call =
        invocation(
            Task.CHAT, object("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"n\":3}"));

    assertThatThrownBy(() -> adapter().request(call, target()))
        .isInstanceOf(UnsupportedInvocationException.class)
        .hasMessage("Cohere returns one choice per request; n must be 1, got 3.");
  }

  @ParameterizedTest
  @CsvSource({"max_tokens, 0", "max_completion_tokens, -2"})
  void aMaxTokensThatIsNotAPositiveIntegerIsRefusedByItsName(String field, String value) {
    Invocation call =
        invocation(
            Task.CHAT,
            object(
                "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\""
                    + field
                    + "\":"
                    + value
                    + "}"));

    assertThatThrownBy(() -> adapter().request(call, target()))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(field + " must be a positive integer, got " + value + ".");
  }

  @Test
  void severalPromptsAreUnsupported() {
    Invocation call = invocation(Task.COMPLETIONS, object("{\"prompt\":[\"a\",\"b\"]}"));

    assertThatThrownBy(() -> adapter().request(call, target()))
        .isInstanceOf(UnsupportedInvocationException.class)
        .hasMessage("Cohere takes one prompt per request: send prompt as a single string.");
  }

  @Test
  void anUnknownRoleIsRefused() {
    Invocation call =
        invocation(Task.CHAT, object("{\"messages\":[{\"role\":\"function\",\"content\":\"x\"}]}"));

    assertThatThrownBy(() -> adapter().request(call, target()))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "messages[0].role 'function' is not supported; use system, user, assistant or tool.");
  }
}
