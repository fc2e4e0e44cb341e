package dev.gatehouse.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance point of the OpenAI-compatible routes: the official OpenAI SDK, unmodified, talks
 * to Gatehouse with only its base URL ({@code <gatehouse>/serving-endpoints}) and key (a Gatehouse
 * token) changed, and {@code model} naming the endpoint, which points at a server of the user's own
 * (here a fake OpenAI-compatible one).
 */
class OpenAiSdkIT {
  @TempDir static Path dataDir;
  static GatehouseProcess server;
  static FakeOpenAiProvider local;
  static OpenAIClient client;

  @BeforeAll
  static void start() throws IOException {
    local = new FakeOpenAiProvider("local");
    server = GatehouseProcess.start("OpenAiSdkIT", dataDir);
    Api api = Api.withToken(server.baseUri(), server.generatedAdminToken());
    for (String[] endpoint :
        new String[][] {{"sdk-chat", "llm/v1/chat"}, {"sdk-embed", "llm/v1/embeddings"}}) {
      api.post(
              "/api/2.0/serving-endpoints",
              """
              {"name": "%s", "config": {"served_entities": [{"external_model": {
                "name": "local-model", "provider": "custom", "task": "%s",
                "custom_provider_config": {"custom_provider_url": "%s",
                  "bearer_token_auth": {"token_plaintext": "local-key"}}}}]}}"""
                  .formatted(endpoint[0], endpoint[1], local.base()))
          .ok();
      api.awaitNotUpdating(endpoint[0]);
    }
    client =
        OpenAIOkHttpClient.builder()
            .baseUrl(server.baseUri().resolve("/serving-endpoints").toString())
            .apiKey(server.generatedAdminToken())
            .maxRetries(0)
            .build();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
    local.close();
  }

  private static ChatCompletionCreateParams hello(String model) {
    return ChatCompletionCreateParams.builder().model(model).addUserMessage("hi").build();
  }

  @Test
  void chatCompletionsThroughTheSdk() {
    ChatCompletion completion = client.chat().completions().create(hello("sdk-chat"));

    assertThat(completion.choices().get(0).message().content()).contains("hello from local");
    assertThat(completion.usage().orElseThrow().totalTokens()).isEqualTo(8);
    assertThat(local.lastAuth.get("/v1/chat/completions")).isEqualTo("Bearer local-key");
  }

  @Test
  void streamingChatThroughTheSdk() {
    String text;
    try (StreamResponse<ChatCompletionChunk> stream =
        client.chat().completions().createStreaming(hello("sdk-chat"))) {
      text =
          stream.stream()
              .flatMap(chunk -> chunk.choices().stream())
              .map(choice -> choice.delta().content().orElse(""))
              .collect(Collectors.joining());
    }

    assertThat(text).isEqualTo("hello from local");
  }

  @Test
  void embeddingsThroughTheSdk() {
    CreateEmbeddingResponse embeddings =
        client
            .embeddings()
            .create(EmbeddingCreateParams.builder().model("sdk-embed").input("some text").build());

    assertThat(embeddings.data().get(0).embedding()).hasSize(2);
  }

  @Test
  void aWrongTokenIsRefusedAsTheSdkExpects() {
    OpenAIClient stranger =
        OpenAIOkHttpClient.builder()
            .baseUrl(server.baseUri().resolve("/serving-endpoints").toString())
            .apiKey("gat_not-a-token")
            .maxRetries(0)
            .build();

    assertThatThrownBy(() -> stranger.chat().completions().create(hello("sdk-chat")))
        .isInstanceOf(com.openai.errors.UnauthorizedException.class);
  }
}
