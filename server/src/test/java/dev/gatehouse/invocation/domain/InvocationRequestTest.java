package dev.gatehouse.invocation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class InvocationRequestTest {

  private static ObjectNode body(String json) {
    return (ObjectNode) Json.MAPPER.readTree(json);
  }

  @Test
  void messagesToAnEmbeddingsEndpointNameTheTask() {
    assertThatThrownBy(
            () ->
                InvocationRequest.of(
                    Task.EMBEDDINGS,
                    body("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"),
                    "e"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "This endpoint serves task llm/v1/embeddings, which does not take 'messages'; send"
                + " 'input'.");
  }

  @Test
  void aChatWithoutMessagesIsRefused() {
    assertThatThrownBy(() -> InvocationRequest.of(Task.CHAT, body("{\"max_tokens\":5}"), "e"))
        .hasMessage("Task llm/v1/chat needs 'messages' in the request body.");
  }

  @Test
  void embeddingsCannotStream() {
    assertThatThrownBy(
            () ->
                InvocationRequest.of(
                    Task.EMBEDDINGS, body("{\"input\":\"x\",\"stream\":true}"), "e"))
        .hasMessage("Task llm/v1/embeddings cannot stream.");
  }

  @Test
  void gatehouseFieldsAreTakenOutAndExtraParamsMergedIn() {
    InvocationRequest request =
        InvocationRequest.of(
            Task.CHAT,
            body(
                """
                {"model":"my-endpoint","messages":[{"role":"user","content":"hi"}],"stream":true,
                 "client_request_id":"req-1","usage_context":{"team":"search"},
                 "extra_params":{"top_k":"5","temperature":0.1}}"""),
            "served");

    assertThat(request.clientRequestId()).isEqualTo("req-1");
    assertThat(request.usageContext().path("team").asString()).isEqualTo("search");
    assertThat(request.invocation().stream()).isTrue();
    assertThat(request.invocation().servedModelName()).isEqualTo("served");
    assertThat(request.invocation().body())
        .isEqualTo(
            body(
                """
                {"messages":[{"role":"user","content":"hi"}],"stream":true,
                 "top_k":"5","temperature":0.1}"""));
  }
}
