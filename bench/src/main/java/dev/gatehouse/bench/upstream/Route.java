package dev.gatehouse.bench.upstream;

import static java.nio.charset.StandardCharsets.UTF_8;

/** The provider routes the fake serves, and each one's error bodies in its provider's shape. */
enum Route {
  CHAT("/v1/chat/completions", false),
  COMPLETIONS("/v1/completions", false),
  EMBEDDINGS("/v1/embeddings", false),
  MESSAGES("/v1/messages", true);

  private static final byte[] OPENAI_500 =
      ("{\"error\":{\"message\":\"The server had an error while processing your request.\","
              + "\"type\":\"server_error\",\"param\":null,\"code\":null}}")
          .getBytes(UTF_8);
  private static final byte[] OPENAI_429 =
      ("{\"error\":{\"message\":\"Rate limit reached for requests (fake upstream).\","
              + "\"type\":\"requests\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}")
          .getBytes(UTF_8);
  private static final byte[] ANTHROPIC_500 =
      "{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"Internal server error\"}}"
          .getBytes(UTF_8);
  private static final byte[] ANTHROPIC_429 =
      ("{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\","
              + "\"message\":\"Number of requests has exceeded your rate limit (fake upstream).\"}}")
          .getBytes(UTF_8);
  static final byte[] MODELS =
      ("{\"object\":\"list\",\"data\":[{\"id\":\""
              + RequestScan.DEFAULT_MODEL
              + "\","
              + "\"object\":\"model\",\"created\":1741569952,\"owned_by\":\"bench\"}]}")
          .getBytes(UTF_8);

  final String path;
  final boolean anthropic;

  Route(String path, boolean anthropic) {
    this.path = path;
    this.anthropic = anthropic;
  }

  static Route of(String uri) {
    int query = uri.indexOf('?');
    String path = query < 0 ? uri : uri.substring(0, query);
    for (Route route : values()) {
      if (route.path.equals(path)) {
        return route;
      }
    }
    return null;
  }

  byte[] serverError() {
    return anthropic ? ANTHROPIC_500 : OPENAI_500;
  }

  byte[] rateLimited() {
    return anthropic ? ANTHROPIC_429 : OPENAI_429;
  }

  /** The whole answer of a call that is not streamed. */
  byte[] answer(Rendered rendered) {
    return switch (this) {
      case CHAT -> rendered.chat;
      case COMPLETIONS -> rendered.completion;
      case EMBEDDINGS -> rendered.embeddings;
      case MESSAGES -> rendered.message;
    };
  }
}
