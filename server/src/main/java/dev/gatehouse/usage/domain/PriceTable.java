package dev.gatehouse.usage.domain;

import dev.gatehouse.providers.Usage;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-model prices, keyed by provider and model name exactly as they appear in an endpoint's {@code
 * external_model}. A model that is not in the table has no cost (null), never a cost of 0: a total
 * that silently counted unknown models as free would understate spend.
 */
public final class PriceTable {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private final Map<Key, Price> prices;

  private PriceTable(Map<Key, Price> prices) {
    this.prices = Map.copyOf(prices);
  }

  private record Key(String provider, String model) {}

  public Optional<Price> find(String provider, String model) {
    return Optional.ofNullable(prices.get(new Key(provider, model)));
  }

  /** The estimated cost of a call in USD, or null when the model has no price. */
  public BigDecimal cost(String provider, String model, Usage usage) {
    return find(provider, model)
        .map(p -> p.cost(usage.promptTokens(), usage.completionTokens()))
        .orElse(null);
  }

  public int size() {
    return prices.size();
  }

  /** This table with {@code overrides}' prices added, replacing those of the same model. */
  public PriceTable overriddenBy(PriceTable overrides) {
    Map<Key, Price> merged = new HashMap<>(prices);
    merged.putAll(overrides.prices);
    return new PriceTable(merged);
  }

  /**
   * Reads a price file: {@code {"prices": [{"provider", "model", "input", "output"}]}}, with prices
   * in USD per million tokens. Other top-level fields ({@code as_of}, {@code source}) are notes for
   * people. A broken file is refused with a message naming the entry, so a typo cannot quietly make
   * a model free or unpriced.
   */
  public static PriceTable parse(String text, String source) {
    JsonNode document;
    try {
      document = JSON.readTree(text);
    } catch (JacksonException e) {
      throw new IllegalStateException(
          "Invalid price file " + source + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode entries = document.path("prices");
    if (!entries.isArray()) {
      throw new IllegalStateException("Invalid price file " + source + ": no \"prices\" array");
    }
    Map<Key, Price> prices = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      String where = "Invalid price file " + source + ": prices[" + i + "]";
      Key key = new Key(text(entry, "provider", where), text(entry, "model", where));
      try {
        prices.put(key, new Price(number(entry, "input", where), number(entry, "output", where)));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(where + ": " + e.getMessage(), e);
      }
    }
    return new PriceTable(prices);
  }

  public static PriceTable empty() {
    return new PriceTable(Map.of());
  }

  private static String text(JsonNode entry, String field, String where) {
    JsonNode value = entry.path(field);
    if (!value.isString() || value.asString().isBlank()) {
      throw new IllegalStateException(where + "." + field + " must be a non-empty string");
    }
    return value.asString();
  }

  private static BigDecimal number(JsonNode entry, String field, String where) {
    JsonNode value = entry.path(field);
    if (!value.isNumber()) {
      throw new IllegalStateException(
          where + "." + field + " must be a number (USD per 1M tokens)");
    }
    return value.decimalValue();
  }

  /** For messages and tests: the models priced, as {@code provider/model}. */
  public List<String> models() {
    return prices.keySet().stream().map(k -> k.provider() + "/" + k.model()).sorted().toList();
  }
}
