package dev.gatehouse.access.api.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.access.domain.IdentityFilter;
import dev.gatehouse.access.domain.IdentityFilter.Field;
import dev.gatehouse.platform.errors.InvalidParameterException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScimFilterTest {
  private static final Map<String, Field> USERS = new LinkedHashMap<>();

  static {
    USERS.put("userName", Field.NAME);
    USERS.put("displayName", Field.DISPLAY_NAME);
  }

  @Test
  void anEqFilterSelectsByTheMappedField() {
    assertThat(ScimFilter.parse("userName eq \"alice@example.com\"", USERS))
        .isEqualTo(new IdentityFilter(Field.NAME, "alice@example.com"));
    assertThat(ScimFilter.parse("displayName eq \"Alice A.\"", USERS))
        .isEqualTo(new IdentityFilter(Field.DISPLAY_NAME, "Alice A."));
  }

  @Test
  void attributeAndOperatorIgnoreCaseAndSpacingIsFree() {
    assertThat(ScimFilter.parse("  USERNAME   EQ  \"bob\" ", USERS))
        .isEqualTo(new IdentityFilter(Field.NAME, "bob"));
  }

  @Test
  void theValueIsAJsonStringWithItsEscapes() {
    assertThat(ScimFilter.parse("displayName eq \"say \\\"hi\\\" \\\\ \\u00e9\"", USERS).value())
        .isEqualTo("say \"hi\" \\ é");
  }

  @Test
  void blankMeansNoFilter() {
    assertThat(ScimFilter.parse(null, USERS)).isNull();
    assertThat(ScimFilter.parse("  ", USERS)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "userName co \"ali\"",
        "userName sw \"a\"",
        "userName pr",
        "userName eq \"a\" and displayName eq \"b\"",
        "userName eq alice",
        "userName eq \"unterminated",
        "emails.value eq \"a@b.c\"",
        "eq \"x\""
      })
  void anythingElseIsRefusedWithTheSupportedForm(String filter) {
    assertThatThrownBy(() -> ScimFilter.parse(filter, USERS))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "Unsupported filter '"
                + filter
                + "'; use <attribute> eq \"<value>\" with one of: userName, displayName.");
  }
}
