package dev.gatehouse.bench.upstream;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;

/**
 * Every answer of the fake for one model, rendered once: requests then only wrap these bytes. The
 * shapes are the providers' real wire formats (OpenAI's chat completion, text completion, embedding
 * list and {@code chat.completion.chunk} SSE ending with {@code data: [DONE]}; Anthropic's message
 * and its event stream), as Gatehouse's adapters parse them.
 */
final class Rendered {
  static final long CREATED = 1741569952L;
  static final int PROMPT_TOKENS = 12;

  final byte[] chat;
  final byte[] completion;
  final byte[] embeddings;
  final byte[] message;

  /** OpenAI stream: the role chunk, one content chunk (sent N times), the end without usage. */
  final byte[] chatFirst;

  final byte[] chatChunk;
  final byte[] chatEnd;
  final byte[] chatEndWithUsage;

  /** Anthropic stream: message_start and content_block_start, one delta, the end events. */
  final byte[] messageFirst;

  final byte[] messageChunk;
  final byte[] messageEnd;

  Rendered(String model, UpstreamOptions options) {
    String id = json(options.id());
    String m = json(model);
    int completionTokens = options.completionTokens();
    String piece = "tok ".repeat(options.tokensPerChunk());
    String text = piece.repeat(options.chunks());
    String usage =
        "{\"prompt_tokens\":%d,\"completion_tokens\":%d,\"total_tokens\":%d}"
            .formatted(PROMPT_TOKENS, completionTokens, PROMPT_TOKENS + completionTokens);
    String head =
        "\"created\":%d,\"model\":\"%s\",\"system_fingerprint\":\"%s\"".formatted(CREATED, m, id);
    chat =
        bytes(
            "{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion\","
                + head
                + ",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
                + text
                + "\",\"refusal\":null},\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":"
                + usage
                + "}");
    completion =
        bytes(
            "{\"id\":\"cmpl-bench\",\"object\":\"text_completion\","
                + head
                + ",\"choices\":[{\"text\":\""
                + text
                + "\",\"index\":0,\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":"
                + usage
                + "}");
    embeddings =
        bytes(
            "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":"
                + "[0.0023064255,-0.009327292,-0.0028842222,0.0172638]}],\"model\":\""
                + m
                + "\",\"usage\":{\"prompt_tokens\":8,\"total_tokens\":8}}");
    message =
        bytes(
            "{\"id\":\"msg_"
                + id
                + "\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\""
                + m
                + "\",\"content\":[{\"type\":\"text\",\"text\":\""
                + text
                + "\"}],\"stop_reason\":\"end_turn\",\"stop_sequence\":null,\"usage\":"
                + "{\"input_tokens\":%d,\"output_tokens\":%d}}"
                    .formatted(PROMPT_TOKENS, completionTokens));
    String chunk = "{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\"," + head;
    chatFirst =
        bytes(
            data(
                chunk
                    + ",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},"
                    + "\"logprobs\":null,\"finish_reason\":null}]}"));
    chatChunk =
        bytes(
            data(
                chunk
                    + ",\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
                    + piece
                    + "\"},\"logprobs\":null,\"finish_reason\":null}]}"));
    String finish =
        data(
            chunk
                + ",\"choices\":[{\"index\":0,\"delta\":{},\"logprobs\":null,"
                + "\"finish_reason\":\"stop\"}]}");
    String done = "data: [DONE]\n\n";
    chatEnd = bytes(finish + done);
    chatEndWithUsage =
        bytes(finish + data(chunk + ",\"choices\":[],\"usage\":" + usage + "}") + done);
    messageFirst =
        bytes(
            event(
                    "message_start",
                    "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_"
                        + id
                        + "\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\""
                        + m
                        + "\",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,"
                        + "\"usage\":{\"input_tokens\":%d,\"output_tokens\":1}}}"
                            .formatted(PROMPT_TOKENS))
                + event(
                    "content_block_start",
                    "{\"type\":\"content_block_start\",\"index\":0,"
                        + "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}"));
    messageChunk =
        bytes(
            event(
                "content_block_delta",
                "{\"type\":\"content_block_delta\",\"index\":0,"
                    + "\"delta\":{\"type\":\"text_delta\",\"text\":\""
                    + piece
                    + "\"}}"));
    messageEnd =
        bytes(
            String.join(
                "",
                List.of(
                    event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}"),
                    event(
                        "message_delta",
                        "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
                            + "\"stop_sequence\":null},\"usage\":{\"output_tokens\":%d}}"
                                .formatted(completionTokens)),
                    event("message_stop", "{\"type\":\"message_stop\"}"))));
  }

  private static String data(String json) {
    return "data: " + json + "\n\n";
  }

  private static String event(String name, String json) {
    return "event: " + name + "\n" + data(json);
  }

  /** A value safe inside a JSON string (ids and model names are plain; quotes are dropped). */
  private static String json(String value) {
    return value.replace("\\", "").replace("\"", "");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }
}
