package dev.gatehouse.e2e.reliability;

/** OpenAI's wire format, as the fake upstream sends it: answers, stream chunks and errors. */
final class OpenAiWire {
  static final String MODELS =
      "{\"object\":\"list\",\"data\":[{\"id\":\"m\",\"object\":\"model\"}]}";

  private OpenAiWire() {}

  static String chat(String content) {
    return "{\"id\":\"chatcmpl-f1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
        + content
        + "\"},\"finish_reason\":\"stop\"}],"
        + "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":3,\"total_tokens\":8}}";
  }

  static String chunk(String content) {
    return "{\"id\":\"chatcmpl-f1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
        + "\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
        + content
        + "\"},\"finish_reason\":null}]}";
  }

  /** A whole stream: one content chunk, the usage chunk, the terminator. */
  static String stream(String content) {
    return "data: "
        + chunk(content)
        + "\n\ndata: {\"id\":\"chatcmpl-f1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
        + "\"model\":\"m\",\"choices\":[],"
        + "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":3,\"total_tokens\":8}}"
        + "\n\ndata: [DONE]\n\n";
  }

  static String error(String message, String code) {
    return "{\"error\":{\"message\":\""
        + message
        + "\",\"type\":\"requests\",\"param\":null,\"code\":\""
        + code
        + "\"}}";
  }
}
