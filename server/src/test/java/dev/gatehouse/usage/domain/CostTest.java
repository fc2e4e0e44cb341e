package dev.gatehouse.usage.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.providers.Usage;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CostTest {
  private final Price gpt4oMini = new Price(new BigDecimal("0.15"), new BigDecimal("0.60"));

  @Test
  void inputAndOutputTokensArePricedPerMillion() {
    // 1M prompt tokens at 0.15 + 2M completion tokens at 0.60 = 1.35 USD
    assertThat(gpt4oMini.cost(1_000_000, 2_000_000)).isEqualByComparingTo("1.35");
  }

  @Test
  void aSmallCallKeepsItsFractionsOfACent() {
    // 19 prompt + 3 completion tokens: (19 * 0.15 + 3 * 0.60) / 1e6 = 0.00000465 USD
    assertThat(gpt4oMini.cost(19, 3)).isEqualByComparingTo("0.00000465");
    assertThat(gpt4oMini.cost(19, 3).scale()).isEqualTo(Price.SCALE);
  }

  @Test
  void aCallWithoutTokensCostsNothingButAnUnpricedModelHasNoCost() {
    PriceTable table = PriceTables.builtIn();

    assertThat(table.cost("openai", "gpt-4o-mini", Usage.of(0, 0))).isEqualByComparingTo("0");
    assertThat(table.cost("openai", "unknown-model", Usage.of(10, 10))).isNull();
  }

  @Test
  void embeddingsPayForInputOnly() {
    PriceTable table = PriceTables.builtIn();

    assertThat(table.cost("openai", "text-embedding-3-small", Usage.of(1_000_000, 0)))
        .isEqualByComparingTo("0.02");
  }

  @Test
  void totalsAddCostsButLeaveUnpricedCallsOut() {
    UsageTotals priced = new UsageTotals(1, 1, 0, 0, 10, 5, 15, 0, new BigDecimal("0.5"), 0);
    UsageTotals unpriced = new UsageTotals(2, 1, 1, 1, 4, 0, 4, 1, null, 2);

    UsageTotals sum = UsageTotals.NONE.plus(priced).plus(unpriced).plus(priced);

    assertThat(sum).isEqualTo(new UsageTotals(4, 3, 1, 1, 24, 10, 34, 1, new BigDecimal("1.0"), 2));
    assertThat(UsageTotals.NONE.plus(unpriced).costUsd()).isNull();
  }
}
