package dev.gatehouse.usage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.providers.Usage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceTableTest {
  @TempDir Path dir;

  @Test
  void theBuiltInTablePricesTheCatalogsMainModels() {
    PriceTable table = PriceTables.builtIn();

    assertThat(table.find("openai", "gpt-4o-mini"))
        .contains(new Price(new BigDecimal("0.15"), new BigDecimal("0.60")));
    assertThat(table.models())
        .contains(
            "openai/gpt-4o",
            "openai/text-embedding-3-small",
            "anthropic/claude-sonnet-4-5",
            "cohere/command-a-03-2025",
            "google-cloud-vertex-ai/gemini-2.5-pro",
            "amazon-bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0",
            "ai21labs/jamba-large");
  }

  @Test
  void anUnknownModelHasNoCostRatherThanAZeroCost() {
    PriceTable table = PriceTables.builtIn();

    assertThat(table.find("custom", "model-x")).isEmpty();
    assertThat(table.cost("custom", "model-x", Usage.of(1000, 1000))).isNull();
    assertThat(table.find("openai", "gpt-4O-MINI")).as("names match exactly").isEmpty();
  }

  @Test
  void anOverrideFileReplacesPricesModelByModelAndAddsNewModels() throws IOException {
    Path file = dir.resolve("prices.json");
    Files.writeString(
        file,
        """
        {"as_of": "2026-11-01", "prices": [
          {"provider": "openai", "model": "gpt-4o-mini", "input": 0.1, "output": 0.5},
          {"provider": "custom", "model": "model-x", "input": 1, "output": 2}]}""");

    PriceTable table = PriceTables.load(Optional.of(file.toString()));

    assertThat(table.find("openai", "gpt-4o-mini"))
        .contains(new Price(new BigDecimal("0.1"), new BigDecimal("0.5")));
    assertThat(table.find("custom", "model-x")).isPresent();
    assertThat(table.find("openai", "gpt-4o")).as("untouched defaults stay").isPresent();
    assertThat(table.size()).isEqualTo(PriceTables.builtIn().size() + 1);
  }

  @Test
  void aBrokenOverrideFileIsRefusedNamingTheEntry() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(
        file,
        "{\"prices\": [{\"provider\": \"openai\", \"model\": \"gpt-4o\", \"input\": \"2\"}]}");

    assertThatThrownBy(() -> PriceTables.load(Optional.of(file.toString())))
        .hasMessageContaining("prices[0].input must be a number");
    assertThatThrownBy(() -> PriceTable.parse("{\"prices\": [", "x.json"))
        .hasMessageContaining("x.json: not valid JSON");
    assertThatThrownBy(
            () ->
                PriceTable.parse(
                    "{\"prices\":[{\"provider\":\"a\",\"model\":\"b\",\"input\":-1,\"output\":1}]}",
                    "neg.json"))
        .hasMessageContaining("prices[0]: a price cannot be negative");
    assertThatThrownBy(() -> PriceTables.load(Optional.of(dir.resolve("none.json").toString())))
        .hasMessageContaining("gatehouse.usage.price-file");
  }
}
