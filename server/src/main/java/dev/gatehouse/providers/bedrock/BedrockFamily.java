package dev.gatehouse.providers.bedrock;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.Locale;

/**
 * The model family behind a Bedrock model id ({@code bedrock_provider}, any case). Converse speaks
 * one format for every family; only InvokeModel bodies (embeddings) differ by family.
 */
enum BedrockFamily {
  ANTHROPIC,
  COHERE,
  AI21LABS,
  AMAZON;

  static BedrockFamily of(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidParameterException(
          "amazon_bedrock_config.bedrock_provider must be anthropic, cohere, ai21labs or amazon.");
    }
  }

  String wire() {
    return name().toLowerCase(Locale.ROOT);
  }
}
