package dev.gatehouse.platform.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.schema.Violation;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RequestBodiesTest {

  private static List<Violation> violations(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> new Violation("$.f" + i, "is required"))
        .toList();
  }

  private static String listed(int count) {
    return String.join(
        "; ", IntStream.range(0, count).mapToObj(i -> "$.f" + i + ": is required").toList());
  }

  @Test
  void oneViolationIsDescribedWithItsPath() {
    assertThat(RequestBodies.describe(List.of(new Violation("$.name", "is required"))))
        .isEqualTo("Invalid request body: $.name: is required.");
  }

  @Test
  void upToTenViolationsAreAllListedInOrder() {
    assertThat(RequestBodies.describe(violations(10)))
        .isEqualTo("Invalid request body: " + listed(10) + ".")
        .doesNotContain("more");
  }

  @Test
  void moreThanTenViolationsAreCappedAndCounted() {
    assertThat(RequestBodies.describe(violations(11)))
        .isEqualTo("Invalid request body: " + listed(10) + "; and 1 more.");
    assertThat(RequestBodies.describe(violations(25)))
        .isEqualTo("Invalid request body: " + listed(10) + "; and 15 more.")
        .doesNotContain("$.f10");
  }
}
