package dev.gatehouse.providers.anthropic;

import static dev.gatehouse.providers.Fixtures.body;
import static dev.gatehouse.providers.Fixtures.object;
import static dev.gatehouse.providers.anthropic.AnthropicFixtures.API_KEY;
import static dev.gatehouse.providers.anthropic.AnthropicFixtures.adapter;
import static dev.gatehouse.providers.anthropic.AnthropicFixtures.invocation;
import static dev.gatehouse.providers.anthropic.AnthropicFixtures.json;
import static dev.gatehouse.providers.anthropic.AnthropicFixtures.target;
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

class AnthropicRequestTest {

  private static JsonNode translate(Task task, String fixture) {
    return body(adapter().request(invocation(task, fixture, false), target()));
  }

  @Test
  void chatGoesToMessagesWithTheKeyAndTheVersion() {
    UpstreamRequest request =
        adapter().request(invocation(Task.CHAT, "chat.request.json", false), target());

    assertThat(adapter().provider()).isEqualTo(ProviderKind.ANTHROPIC);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.uri()).isEqualTo(URI.create("https://anthropic.test/v1/messages"));
    assertThat(request.headers())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "x-api-key", API_KEY,
                "anthropic-version", "2023-06-01",
                "content-type", "application/json"));
    assertThat(body(request)).isEqualTo(json("chat.upstream-request.json"));
    assertThat(request.toString()).doesNotContain(API_KEY);
  }

  @Test
  void systemAndDeveloperMessagesAreLiftedAndConsecutiveTurnsMerged() {
    assertThat(translate(Task.CHAT, "system.request.json"))
        .isEqualTo(json("system.upstream-request.json"));
  }

  @Test
  void toolsAndToolChoiceAreTranslated() {
    assertThat(translate(Task.CHAT, "tool-call.request.json"))
        .isEqualTo(json("tool-call.upstream-request.json"));
  }

  @Test
  void toolCallsAndParallelToolResultsBecomeToolUseAndOneUserTurnOfToolResults() {
    assertThat(translate(Task.CHAT, "tool-result.request.json"))
        .isEqualTo(json("tool-result.upstream-request.json"));
  }

  @Test
  void completionsAreEmulatedWithOneUserMessage() {
    assertThat(translate(Task.COMPLETIONS, "completions.request.json"))
        .isEqualTo(json("completions.upstream-request.json"));
  }

  @Test
  void aStreamAsksAnthropicToStream() {
    UpstreamRequest request =
        adapter().request(invocation(Task.CHAT, "chat.request.json", true), target());

    assertThat(body(request).get("stream").asBoolean()).isTrue();
    assertThat(request.headers()).containsEntry("accept", "text/event-stream");
  }

  @Test
  void theBaseUrlVersionAndDefaultMaxTokensComeFromConfig() {
    AnthropicAdapter configured =
        new AnthropicAdapter(
            "http://127.0.0.1:9999/anthropic/", "2099-01-01", 77, Clock.systemUTC());
    Invocation call =
        invocation(Task.CHAT, object("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}"));

    UpstreamRequest request = configured.request(call, target());

    assertThat(request.uri()).isEqualTo(URI.create("http://127.0.0.1:9999/anthropic/v1/messages"));
    assertThat(request.headers()).containsEntry("anthropic-version", "2099-01-01");
    assertThat(body(request).get("max_tokens").asInt()).isEqualTo(77);
  }

  @Test
  void theInjectedConstructorTakesTheSettingsAsConfigured() {
    AnthropicAdapter defaults =
        new AnthropicAdapter("https://api.anthropic.com", "2023-06-01", 4096);

    UpstreamRequest request =
        defaults.request(invocation(Task.CHAT, "chat.request.json", false), target());

    assertThat(request.uri()).isEqualTo(URI.create("https://api.anthropic.com/v1/messages"));
    assertThat(body(request)).isEqualTo(json("chat.upstream-request.json"));
  }

  @Test
  void aStopStringAndAnImageUrlAreTranslated() {
    Invocation call =
        invocation(
            Task.CHAT,
            object(
                """
                {"messages":[{"role":"user","content":[
                  {"type":"text","text":"What is this?"},
                  {"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="}},
                  {"type":"image_url","image_url":{"url":"https://example.com/cat.jpg"}}]}],
                 "stop":"END","tool_choice":"none"}
                """));

    JsonNode body = body(adapter().request(call, target()));

    assertThat(body.get("stop_sequences")).isEqualTo(Json.MAPPER.readTree("[\"END\"]"));
    assertThat(body.get("messages"))
        .isEqualTo(
            Json.MAPPER.readTree(
                """
                [{"role":"user","content":[
                  {"type":"text","text":"What is this?"},
                  {"type":"image","source":{"type":"base64","media_type":"image/png","data":"iVBORw0KGgo="}},
                  {"type":"image","source":{"type":"url","url":"https://example.com/cat.jpg"}}]}]
                """));
    assertThat(body.has("tool_choice")).as("no tools, no tool_choice").isFalse();
  }

  @ParameterizedTest
  @CsvSource({"1.5", "-0.1", "2"})
  void aTemperatureOutsideZeroToOneIsRefused(String temperature) {
    Invocation call =
        invocation(
            Task.CHAT,
            object(
                "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"temperature\":"
                    + temperature
                    + "}"));

    assertThatThrownBy(() -> adapter().request(call, target()))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "temperature must be between 0 and 1 for Anthropic models, got " + temperature + ".");
  }

  @Test
  void aMaxTokensThatIsNotAPositiveIntegerIsRefusedByItsName() {
    Invocation call =
        invocation(
            Task.CHAT,
            object(
                "{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],"
                    + "\"max_completion_tokens\":0}"));

    assertThatThrownBy(() -> adapter().request(call, target()))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("max_completion_tokens must be a positive integer, got 0.");
  }

  @Test
  void moreThanOneChoiceIsUnsupported() {
    Invocation call =
        invocation(
            Task.CHAT, object("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}],\"n\":3}"));

    assertThatThrownBy(() -> adapter().request(call, target()))
        .isInstanceOf(UnsupportedInvocationException.class)
        .hasMessage("Anthropic returns one choice per request; n must be 1, got 3.");
  }

  @Test
  void embeddingsAreUnsupported() {
    Invocation call = invocation(Task.EMBEDDINGS, object("{\"input\":\"hello\"}"));

    assertThatThrownBy(() -> adapter().request(call, target()))
        .isInstanceOf(UnsupportedInvocationException.class)
        .hasMessage("Anthropic has no embeddings API; serve embeddings from another provider.");
  }

  @Test
  void severalPromptsAreUnsupported() {
    Invocation call = invocation(Task.COMPLETIONS, object("{\"prompt\":[\"a\",\"b\"]}"));

    assertThatThrownBy(() -> adapter().request(call, target()))
        .isInstanceOf(UnsupportedInvocationException.class)
        .hasMessage("Anthropic takes one prompt per request: send prompt as a single string.");
  }

  @Test
  void toolArgumentsThatAreNotAJsonObjectAreRefusedWithoutEchoingThem() {
    Invocation call =
        invocation(
            Task.CHAT,
            object(
                """
                {"messages":[{"role":"user","content":"Hi"},
                  {"role":"assistant","tool_calls":[{"id":"t1","type":"function",
                    "function":{"name":"f","arguments":"not json secret-ish"}}]}]}
                """));

    assertThatThrownBy(() -> adapter().request(call, target()))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("messages[1].tool_calls[0].function.arguments must be a JSON object.");
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
