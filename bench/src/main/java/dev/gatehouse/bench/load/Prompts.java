package dev.gatehouse.bench.load;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.concurrent.ThreadLocalRandom;

/** Chat request bodies, each with a prompt no other request has, so nothing can be cached. */
final class Prompts {
  private final String model;
  private final boolean stream;

  Prompts(String model, boolean stream) {
    this.model = model;
    this.stream = stream;
  }

  byte[] body(long sequence) {
    StringBuilder body = new StringBuilder(160).append('{');
    if (!model.isEmpty()) {
      body.append("\"model\":\"").append(model).append("\",");
    }
    body.append("\"messages\":[{\"role\":\"user\",\"content\":\"bench prompt ")
        .append(sequence)
        .append(' ')
        .append(Long.toHexString(ThreadLocalRandom.current().nextLong()))
        .append("\"}],\"max_tokens\":16");
    if (stream) {
      body.append(",\"stream\":true");
    }
    return body.append('}').toString().getBytes(UTF_8);
  }
}
