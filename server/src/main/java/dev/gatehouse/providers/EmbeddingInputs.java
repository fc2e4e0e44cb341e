package dev.gatehouse.providers;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The texts of an OpenAI embeddings {@code input}, for providers that embed text only: a string or
 * a non-empty list of strings. Token arrays are refused as unsupported, naming the provider, and
 * anything else as an invalid parameter, the same way for every such provider.
 */
public final class EmbeddingInputs {
  private EmbeddingInputs() {}

  public static List<String> texts(JsonNode input, String provider) {
    List<String> texts = new ArrayList<>();
    if (input != null && input.isString()) {
      texts.add(input.asString());
    } else if (input != null && input.isArray() && !input.isEmpty()) {
      for (JsonNode text : input) {
        if (!text.isString()) {
          throw new UnsupportedInvocationException(
              provider + " embeds text only: input must be a string or a list of strings.");
        }
        texts.add(text.asString());
      }
    } else {
      throw new InvalidParameterException("input must be a string or a non-empty list of strings.");
    }
    return texts;
  }
}
