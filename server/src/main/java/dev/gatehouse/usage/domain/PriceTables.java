package dev.gatehouse.usage.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where prices come from: the table shipped in the WAR ({@code dev/gatehouse/usage/prices.json}),
 * with the operator's file ({@code gatehouse.usage.price-file}) merged over it, model by model, so
 * a negotiated price or a new model needs no rebuild. A broken operator file stops start-up: a typo
 * must not silently make a model free or unpriced.
 */
public final class PriceTables {
  public static final String BUILT_IN = "dev/gatehouse/usage/prices.json";
  private static final Logger LOG = Logger.getLogger(PriceTables.class.getName());

  private PriceTables() {}

  public static PriceTable builtIn() {
    try (InputStream in = PriceTables.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("The built-in price table " + BUILT_IN + " is missing");
      }
      return PriceTable.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILT_IN);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + BUILT_IN, e);
    }
  }

  /** The built-in table, overridden by {@code overrideFile} when there is one. */
  public static PriceTable load(Optional<String> overrideFile) {
    PriceTable table = builtIn();
    if (overrideFile.isEmpty()) {
      return table;
    }
    Path file = Path.of(overrideFile.get());
    try {
      PriceTable overrides = PriceTable.parse(Files.readString(file), file.toString());
      LOG.info("Prices of " + overrides.size() + " models taken from " + file);
      return table.overriddenBy(overrides);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read gatehouse.usage.price-file " + file, e);
    }
  }
}
