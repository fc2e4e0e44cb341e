package dev.gatehouse.endpoints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigVersionPageTest {
  private static EndpointConfigVersion v(int number) {
    return new EndpointConfigVersion("ep", number, "{}", "ana", 0);
  }

  @Test
  void withoutParametersAPageHas20VersionsFromTheNewest() {
    assertThat(ConfigVersionPage.Request.parse(null, null))
        .isEqualTo(new ConfigVersionPage.Request(20, null));
    assertThat(ConfigVersionPage.Request.parse("100", " 7 "))
        .isEqualTo(new ConfigVersionPage.Request(100, 7));
  }

  @Test
  void aFullPageNamesItsLastVersionAsTheTokenAndAShortOneNone() {
    ConfigVersionPage.Request two = ConfigVersionPage.Request.parse("2", null);

    assertThat(two.page("chat", List.of(v(9), v(8))).nextPageToken()).isEqualTo("8");
    assertThat(two.page("chat", List.of(v(1))).nextPageToken()).isNull();
  }

  @Test
  void badParametersAre400sThatNameThem() {
    assertThatThrownBy(() -> ConfigVersionPage.Request.parse("500", null))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("max_results '500' must be a whole number between 1 and 100.");
    assertThatThrownBy(() -> ConfigVersionPage.Request.parse("0", null))
        .hasMessage("max_results '0' must be a whole number between 1 and 100.");
    for (String token : List.of("abc", "0", "-3", "1.5")) {
      assertThatThrownBy(() -> ConfigVersionPage.Request.parse(null, token))
          .isInstanceOf(InvalidParameterException.class)
          .hasMessage("page_token is not one this API returned; pass next_page_token unchanged.");
    }
  }
}
