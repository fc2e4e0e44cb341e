package dev.gatehouse.endpoints.domain;

import static dev.gatehouse.endpoints.domain.Fixtures.gateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.endpoints.domain.AiGatewayConfig.AiGatewayRateLimit;
import dev.gatehouse.platform.errors.InvalidParameterException;
import dev.gatehouse.platform.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;

class GatewayRulesTest {

  private static AiGatewayConfig limits(String... limits) {
    return gateway("{\"rate_limits\": [" + String.join(", ", limits) + "]}");
  }

  private static List<AiGatewayRateLimit> normalizedLimits(String... limits) {
    return GatewayRules.normalize(limits(limits), "").rateLimits();
  }

  // --- AI gateway rate limits --------------------------------------------------------------

  @Test
  void theKeyDefaultsToEndpoint() {
    List<AiGatewayRateLimit> normalized =
        normalizedLimits("{\"calls\": 100, \"renewal_period\": \"minute\"}");

    assertThat(normalized)
        .containsExactly(new AiGatewayRateLimit(100L, null, "endpoint", null, "minute"));
  }

  @Test
  void anExplicitKeyIsKept() {
    List<AiGatewayRateLimit> normalized =
        normalizedLimits(
            "{\"tokens\": 5000, \"key\": \"user_group\", \"principal\": \"data-eng\","
                + " \"renewal_period\": \"minute\"}");

    assertThat(normalized)
        .containsExactly(new AiGatewayRateLimit(null, 5000L, "user_group", "data-eng", "minute"));
  }

  @Test
  void aPrincipalWithTheEndpointKeyIsRefused() {
    AiGatewayConfig config =
        limits(
            "{\"calls\": 1, \"renewal_period\": \"minute\"}",
            "{\"calls\": 1, \"key\": \"endpoint\", \"principal\": \"bob\","
                + " \"renewal_period\": \"minute\"}");

    assertThatThrownBy(() -> GatewayRules.normalize(config, ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "rate_limits[1].principal is not allowed with key 'endpoint', which caps every"
                + " caller.");
  }

  @Test
  void aPrincipalWithTheDefaultKeyIsRefused() {
    AiGatewayConfig config =
        limits("{\"calls\": 1, \"principal\": \"bob\", \"renewal_period\": \"minute\"}");

    assertThatThrownBy(() -> GatewayRules.normalize(config, ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "rate_limits[0].principal is not allowed with key 'endpoint', which caps every"
                + " caller.");
  }

  @Test
  void aUserGroupLimitNeedsAPrincipal() {
    AiGatewayConfig config =
        limits("{\"calls\": 1, \"key\": \"user_group\", \"renewal_period\": \"minute\"}");

    assertThatThrownBy(() -> GatewayRules.normalize(config, ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("rate_limits[0].principal is required with key 'user_group': name the group.");
  }

  @Test
  void aServicePrincipalLimitNeedsAPrincipal() {
    AiGatewayConfig config =
        limits("{\"calls\": 1, \"key\": \"service_principal\", \"renewal_period\": \"minute\"}");

    assertThatThrownBy(() -> GatewayRules.normalize(config, ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "rate_limits[0].principal is required with key 'service_principal': name the"
                + " service principal's application id.");
  }

  @Test
  void aUserLimitWithoutPrincipalIsThePerUserDefault() {
    assertThatCode(
            () ->
                normalizedLimits(
                    "{\"calls\": 10, \"key\": \"user\", \"renewal_period\": \"minute\"}",
                    "{\"calls\": 50, \"key\": \"user\", \"principal\": \"a@x.com\","
                        + " \"renewal_period\": \"minute\"}"))
        .doesNotThrowAnyException();
  }

  @Test
  void aDuplicateKeyAndPrincipalIsRefused() {
    AiGatewayConfig config =
        limits(
            "{\"calls\": 10, \"key\": \"user\", \"principal\": \"a@x.com\","
                + " \"renewal_period\": \"minute\"}",
            "{\"tokens\": 10, \"key\": \"user\", \"principal\": \"a@x.com\","
                + " \"renewal_period\": \"minute\"}");

    assertThatThrownBy(() -> GatewayRules.normalize(config, ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "rate_limits[1]: another limit already has key 'user' and principal 'a@x.com';"
                + " merge them into one.");
  }

  @Test
  void anExplicitAndADefaultedEndpointKeyAreDuplicates() {
    AiGatewayConfig config =
        limits(
            "{\"calls\": 10, \"renewal_period\": \"minute\"}",
            "{\"tokens\": 10, \"key\": \"endpoint\", \"renewal_period\": \"minute\"}");

    assertThatThrownBy(() -> GatewayRules.normalize(config, ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "rate_limits[1]: another limit already has key 'endpoint'; merge them into one.");
  }

  @Test
  void theSamePrincipalUnderDifferentKeysIsNotADuplicate() {
    assertThatCode(
            () ->
                normalizedLimits(
                    "{\"calls\": 10, \"key\": \"user_group\", \"principal\": \"eng\","
                        + " \"renewal_period\": \"minute\"}",
                    "{\"calls\": 10, \"key\": \"service_principal\", \"principal\": \"eng\","
                        + " \"renewal_period\": \"minute\"}"))
        .doesNotThrowAnyException();
  }

  private static String groupLimit(int i) {
    return "{\"calls\": 10, \"key\": \"user_group\", \"principal\": \"group-"
        + i
        + "\", \"renewal_period\": \"minute\"}";
  }

  @Test
  void fiveGroupLimitsAreAccepted() {
    String[] groups =
        IntStream.range(0, 5).mapToObj(GatewayRulesTest::groupLimit).toArray(String[]::new);

    assertThat(normalizedLimits(groups)).hasSize(5);
  }

  @Test
  void moreThanFiveGroupLimitsAreRefused() {
    String[] groups =
        IntStream.range(0, 6).mapToObj(GatewayRulesTest::groupLimit).toArray(String[]::new);

    assertThatThrownBy(() -> GatewayRules.normalize(limits(groups), ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("rate_limits: at most 5 user_group limits per endpoint.");
  }

  @Test
  void moreThanTwentyLimitsAreRefused() {
    String[] users =
        IntStream.range(0, 21)
            .mapToObj(
                i ->
                    "{\"calls\": 10, \"key\": \"user\", \"principal\": \"u"
                        + i
                        + "@x.com\", \"renewal_period\": \"minute\"}")
            .toArray(String[]::new);

    assertThatThrownBy(() -> GatewayRules.normalize(limits(users), ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("rate_limits: at most 20 limits per endpoint.");
    assertThat(normalizedLimits(java.util.Arrays.copyOf(users, 20))).hasSize(20);
  }

  @Test
  void aLimitWithoutCallsAndTokensIsRefused() {
    AiGatewayConfig config = limits("{\"key\": \"user\", \"renewal_period\": \"minute\"}");

    assertThatThrownBy(() -> GatewayRules.normalize(config, ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("rate_limits[0]: set calls (per minute), tokens (per minute) or both.");
  }

  @Test
  void anExplicitZeroIsKeptBecauseZeroMeansDisabled() {
    List<AiGatewayRateLimit> normalized =
        normalizedLimits(
            "{\"calls\": 0, \"renewal_period\": \"minute\"}",
            "{\"tokens\": 0, \"key\": \"user\", \"renewal_period\": \"minute\"}");

    assertThat(normalized.get(0).calls()).isZero();
    assertThat(normalized.get(0).tokens()).isNull();
    assertThat(normalized.get(1).calls()).isNull();
    assertThat(normalized.get(1).tokens()).isZero();
  }

  @Test
  void anExplicitZeroSurvivesSerialization() {
    AiGatewayConfig normalized =
        GatewayRules.normalize(limits("{\"calls\": 0, \"renewal_period\": \"minute\"}"), "");

    String json = Json.MAPPER.writeValueAsString(normalized);

    assertThat(json).contains("\"calls\":0").doesNotContain("tokens");
  }

  @Test
  void noRateLimitsStayAbsent() {
    AiGatewayConfig normalized =
        GatewayRules.normalize(gateway("{\"usage_tracking_config\": {\"enabled\": true}}"), "");

    assertThat(normalized.rateLimits()).isNull();
    assertThat(normalized.usageTrackingConfig().path("enabled").asBoolean()).isTrue();
  }

  @Test
  void anEmptyGatewayHasNoSettings() {
    assertThat(GatewayRules.normalize(gateway("{}"), "").hasNoSettings()).isTrue();
  }

  // --- inference table ---------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {"\"schema_name\": \"s\"", "\"catalog_name\": \"\", \"schema_name\": \"s\""})
  void anEnabledInferenceTableNeedsACatalogName(String fields) {
    AiGatewayConfig config =
        gateway("{\"inference_table_config\": {\"enabled\": true, " + fields + "}}");

    assertThatThrownBy(() -> GatewayRules.normalize(config, ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("inference_table_config.catalog_name is required when the table is enabled.");
  }

  @Test
  void anEnabledInferenceTableNeedsASchemaName() {
    AiGatewayConfig config =
        gateway("{\"inference_table_config\": {\"enabled\": true, \"catalog_name\": \"c\"}}");

    assertThatThrownBy(() -> GatewayRules.normalize(config, ""))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("inference_table_config.schema_name is required when the table is enabled.");
  }

  @Test
  void aDisabledInferenceTableNeedsNoNames() {
    assertThatCode(
            () ->
                GatewayRules.normalize(
                    gateway("{\"inference_table_config\": {\"enabled\": false}}"), ""))
        .doesNotThrowAnyException();
  }

  @Test
  void anEnabledInferenceTableWithNamesIsAccepted() {
    AiGatewayConfig config =
        gateway(
            "{\"inference_table_config\": {\"enabled\": true, \"catalog_name\": \"c\","
                + " \"schema_name\": \"s\", \"table_name_prefix\": \"p\"}}");

    assertThat(GatewayRules.normalize(config, "").inferenceTableConfig())
        .isEqualTo(config.inferenceTableConfig());
  }

  // --- legacy rate limits ------------------------------------------------------------------

  private static List<LegacyRateLimit> legacy(String json) {
    return Json.MAPPER.readValue(json, new TypeReference<List<LegacyRateLimit>>() {});
  }

  @Test
  void legacyLimitsDefaultTheKeyToEndpoint() {
    List<LegacyRateLimit> normalized =
        GatewayRules.normalizeLegacy(
            legacy(
                "[{\"calls\": 100, \"renewal_period\": \"minute\"},"
                    + " {\"calls\": 10, \"key\": \"user\", \"renewal_period\": \"minute\"}]"));

    assertThat(normalized)
        .containsExactly(
            new LegacyRateLimit(100L, "endpoint", "minute"),
            new LegacyRateLimit(10L, "user", "minute"));
  }

  @Test
  void legacyDuplicateKeysAreRefused() {
    List<LegacyRateLimit> limits =
        legacy(
            "[{\"calls\": 100, \"renewal_period\": \"minute\"},"
                + " {\"calls\": 10, \"key\": \"endpoint\", \"renewal_period\": \"minute\"}]");

    assertThatThrownBy(() -> GatewayRules.normalizeLegacy(limits))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("rate_limits[1]: another limit already has key 'endpoint'.");
  }

  @Test
  void legacyDuplicateUserKeysAreRefused() {
    List<LegacyRateLimit> limits =
        legacy(
            "[{\"calls\": 100, \"key\": \"user\", \"renewal_period\": \"minute\"},"
                + " {\"calls\": 10, \"key\": \"user\", \"renewal_period\": \"minute\"}]");

    assertThatThrownBy(() -> GatewayRules.normalizeLegacy(limits))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("rate_limits[1]: another limit already has key 'user'.");
  }

  // --- tags --------------------------------------------------------------------------------

  private static final List<Tag> CURRENT =
      List.of(new Tag("team", "ml"), new Tag("cost", "42"), new Tag("env", "prod"));

  @Test
  void addingAnExistingKeyReplacesItInPlace() {
    List<Tag> result = GatewayRules.patchTags(CURRENT, List.of(new Tag("cost", "43")), null);

    assertThat(result)
        .containsExactly(new Tag("team", "ml"), new Tag("cost", "43"), new Tag("env", "prod"));
  }

  @Test
  void newKeysAreAppended() {
    List<Tag> result = GatewayRules.patchTags(CURRENT, List.of(new Tag("owner", null)), null);

    assertThat(result)
        .containsExactly(
            new Tag("team", "ml"),
            new Tag("cost", "42"),
            new Tag("env", "prod"),
            new Tag("owner", null));
  }

  @Test
  void deleteRemovesTheKey() {
    List<Tag> result = GatewayRules.patchTags(CURRENT, null, List.of("cost", "absent"));

    assertThat(result).containsExactly(new Tag("team", "ml"), new Tag("env", "prod"));
  }

  @Test
  void deletionsComeBeforeAdditions() {
    List<Tag> result =
        GatewayRules.patchTags(CURRENT, List.of(new Tag("cost", "7")), List.of("cost"));

    assertThat(result)
        .containsExactly(new Tag("team", "ml"), new Tag("env", "prod"), new Tag("cost", "7"));
  }

  @Test
  void patchTagsLeavesTheCurrentListUnchanged() {
    List<Tag> current = new ArrayList<>(CURRENT);

    GatewayRules.patchTags(current, List.of(new Tag("cost", "1")), List.of("team"));

    assertThat(current).isEqualTo(CURRENT);
  }

  @Test
  void aDuplicateKeyInAddTagsIsRefused() {
    List<Tag> add = List.of(new Tag("owner", "a"), new Tag("owner", "b"));

    assertThatThrownBy(() -> GatewayRules.patchTags(CURRENT, add, null))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("add_tags: key 'owner' appears more than once.");
  }

  private static List<Tag> tags(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> new Tag("k" + i, "v"))
        .collect(Collectors.toList());
  }

  @Test
  void moreThanFiftyTagsAreRefused() {
    assertThatThrownBy(
            () -> GatewayRules.patchTags(tags(50), List.of(new Tag("one-more", "")), null))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("An endpoint has at most 50 tags; this change would give it 51.");
  }

  @Test
  void fiftyTagsAreAcceptedAndReplacingOneKeepsTheCount() {
    assertThat(GatewayRules.patchTags(tags(49), List.of(new Tag("k49", "v")), null)).hasSize(50);
    assertThat(GatewayRules.patchTags(tags(50), List.of(new Tag("k0", "w")), null)).hasSize(50);
    assertThat(GatewayRules.patchTags(tags(50), List.of(new Tag("new", "v")), List.of("k0")))
        .hasSize(50);
  }

  @Test
  void checkTagsAppliesTheSameRulesToTagsGivenOnCreate() {
    assertThat(GatewayRules.checkTags(null)).isEmpty();
    assertThat(GatewayRules.checkTags(List.of(new Tag("a", "1"))))
        .containsExactly(new Tag("a", "1"));
    assertThatThrownBy(() -> GatewayRules.checkTags(tags(51)))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage("An endpoint has at most 50 tags; this change would give it 51.");
  }

  @Test
  void aDuplicateTagKeyOnCreateNamesTheTagsField() {
    // checkTags validates the "tags" member of a create request, which has no add_tags field.
    List<Tag> tags = List.of(new Tag("a", "1"), new Tag("a", "2"));

    assertThatThrownBy(() -> GatewayRules.checkTags(tags))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageStartingWith("tags")
        .hasMessageContaining("key 'a' appears more than once")
        .hasMessageNotContaining("add_tags");
  }

  @Test
  void messagesOfACreateBodyPointIntoAiGateway() {
    AiGatewayConfig config = limits("{\"renewal_period\": \"minute\"}");

    assertThatThrownBy(() -> GatewayRules.normalize(config, "ai_gateway"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "ai_gateway.rate_limits[0]: set calls (per minute), tokens (per minute) or both.");
  }

  @Test
  void anEnabledInferenceTableCannotMoveUntilDisabled() {
    AiGatewayConfig before =
        gateway(
            "{\"inference_table_config\": {\"enabled\": true, \"catalog_name\": \"c\","
                + " \"schema_name\": \"s\"}}");
    AiGatewayConfig moved =
        gateway(
            "{\"inference_table_config\": {\"enabled\": true, \"catalog_name\": \"other\","
                + " \"schema_name\": \"s\"}}");
    AiGatewayConfig disabled = gateway("{\"inference_table_config\": {\"enabled\": false}}");

    assertThatThrownBy(() -> GatewayRules.checkInferenceTableChange(before, moved))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessage(
            "inference_table_config.catalog_name cannot change while the table is enabled; disable"
                + " it first, then enable it with the new location.");
    assertThatCode(() -> GatewayRules.checkInferenceTableChange(before, disabled))
        .doesNotThrowAnyException();
    assertThatCode(() -> GatewayRules.checkInferenceTableChange(disabled, moved))
        .doesNotThrowAnyException();
  }
}
