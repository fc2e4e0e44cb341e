package dev.gatehouse.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.platform.errors.InvalidParameterException;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

  @Test
  void timesAreNonNegativeWholeMilliseconds() {
    assertThat(QueryParameters.epochMillis("start_time", " 1700000000000 "))
        .isEqualTo(1700000000000L);
    assertThatThrownBy(() -> QueryParameters.epochMillis("start_time", "x"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("start_time 'x' is not a number; give milliseconds since the Unix epoch.");
    assertThatThrownBy(() -> QueryParameters.epochMillis("end_time", "99999999999999999999"))
        .hasMessageStartingWith("end_time '99999999999999999999' is not a number");
    assertThatThrownBy(() -> QueryParameters.epochMillis("end_time", "-3"))
        .hasMessage("end_time must not be negative; give milliseconds since the Unix epoch.");
  }

  @Test
  void pageSizesAreWholeNumbersInRange() {
    assertThat(QueryParameters.pageSize(null, 100, 1000)).isEqualTo(100);
    assertThat(QueryParameters.pageSize("1000", 100, 1000)).isEqualTo(1000);
    for (String bad : new String[] {"0", "1001", "x", "1.5", "99999999999999999999", ""}) {
      assertThatThrownBy(() -> QueryParameters.pageSize(bad, 100, 1000))
          .isInstanceOf(InvalidParameterException.class)
          .hasMessage("max_results '" + bad + "' must be a whole number between 1 and 1000.");
    }
  }
}
