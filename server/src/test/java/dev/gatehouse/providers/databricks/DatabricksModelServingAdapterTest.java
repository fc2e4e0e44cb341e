package dev.gatehouse.providers.databricks;

import static dev.gatehouse.providers.Fixtures.bytes;
import static dev.gatehouse.providers.Fixtures.invocation;
import static dev.gatehouse.providers.Fixtures.json;
import static dev.gatehouse.providers.Fixtures.parse;
import static dev.gatehouse.providers.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.endpoints.domain.ProviderKind;
import dev.gatehouse.endpoints.domain.Task;
import dev.gatehouse.providers.Answer;
import dev.gatehouse.providers.Invocation;
import dev.gatehouse.providers.ProviderTarget;
import dev.gatehouse.providers.UpstreamRequest;
import dev.gatehouse.providers.UpstreamResponse;
import dev.gatehouse.providers.Usage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabricksModelServingAdapterTest {
  private final DatabricksModelServingAdapter adapter = new DatabricksModelServingAdapter();

  private static final ProviderTarget TARGET =
      target(
          ProviderKind.DATABRICKS_MODEL_SERVING,
          "databricks-meta-llama-3-3-70b-instruct",
          "llm/v1/chat",
          """
          {"databricks_workspace_url":"https://dbc-1234.cloud.databricks.com",
           "databricks_api_token":"{{secrets/llm/dbx}}"}""");

  @Test
  void callsTheWorkspaceEndpointWithItsToken() {
    Invocation chat = invocation(Task.CHAT, json("openai", "chat.invocation.json"), true);

    UpstreamRequest request = adapter.request(chat, TARGET);

    assertThat(request.uri())
        .hasToString(
            "https://dbc-1234.cloud.databricks.com/serving-endpoints/"
                + "databricks-meta-llama-3-3-70b-instruct/invocations");
    assertThat(request.headers())
        .containsEntry("Authorization", "Bearer secret:databricks_api_token");
    assertThat(parse(request.body()).has("model")).isFalse();
    assertThat(parse(request.body()).has("stream_options")).isFalse();
    assertThat(parse(request.body()).path("stream").asBoolean()).isTrue();
  }

  @Test
  void answerReadsUsage() {
    Invocation chat = invocation(Task.CHAT, json("openai", "chat.invocation.json"), false);

    Answer answer =
        adapter.answer(
            chat,
            new UpstreamResponse(
                200, Map.of(), bytes("databricks-model-serving", "chat.response.json")));

    assertThat(answer.usage()).isEqualTo(Usage.of(12, 2));
  }
}
