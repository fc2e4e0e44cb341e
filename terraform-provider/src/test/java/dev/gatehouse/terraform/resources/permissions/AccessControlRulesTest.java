package dev.gatehouse.terraform.resources.permissions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.schema.Schemas;
import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Diagnostic;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.Type;
import dev.gatehouse.terraform.framework.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AccessControlRulesTest {

  static Value entry(String field, Value name, Value level) {
    return PermissionsResource.ENTRY
        .newObject()
        .set(field, name)
        .set(AccessControlValues.LEVEL, level)
        .build();
  }

  static Value entry(String field, String name, String level) {
    return entry(field, Value.string(name), Value.string(level));
  }

  static Value set(Value... entries) {
    return Value.set(PermissionsResource.ENTRY.type(), List.of(entries));
  }

  static List<String> summaries(Value accessControl) {
    Diagnostics diagnostics = new Diagnostics();
    AccessControlRules.check(accessControl, diagnostics);
    assertThat(diagnostics.all())
        .extracting(Diagnostic::path)
        .allMatch(AttributePath.of("access_control")::equals);
    return diagnostics.all().stream().map(Diagnostic::summary).toList();
  }

  @Test
  void acceptsOneGrantPerPrincipalAtTheThreeLevels() {
    assertThat(
            summaries(
                set(
                    entry("user_name", "ana@example.com", "CAN_VIEW"),
                    entry("group_name", "eng", "CAN_QUERY"),
                    entry("service_principal_name", "6f1c", "CAN_MANAGE"))))
        .isEmpty();
  }

  @Test
  void refusesAnUnknownLevelNamingTheValidOnes() {
    Diagnostics diagnostics = new Diagnostics();
    AccessControlRules.check(set(entry("group_name", "eng", "CAN_READ")), diagnostics);
    assertThat(diagnostics.all()).hasSize(1);
    assertThat(diagnostics.all().get(0).summary()).isEqualTo("Unsupported permission_level");
    assertThat(diagnostics.all().get(0).detail())
        .contains("\"CAN_READ\"")
        .contains("CAN_VIEW, CAN_QUERY or CAN_MANAGE");
  }

  @Test
  void refusesNoneOrSeveralPrincipalsInOneBlock() {
    Value none = PermissionsResource.ENTRY.newObject().set("permission_level", "CAN_VIEW").build();
    Value two = entry("user_name", "ana", "CAN_VIEW").with("group_name", Value.string("eng"));
    assertThat(summaries(set(none)))
        .containsExactly("Each access_control block names one principal");
    assertThat(summaries(set(two)))
        .containsExactly("Each access_control block names one principal");
  }

  @Test
  void refusesTheAdminsGroupAnEmptyListAndDuplicates() {
    assertThat(summaries(set(entry("group_name", "admins", "CAN_MANAGE"))))
        .containsExactly("The admins group cannot be granted a level");
    assertThat(summaries(set())).containsExactly("No access_control block");
    assertThat(
            summaries(
                set(
                    entry("group_name", "eng", "CAN_VIEW"),
                    entry("group_name", "eng", "CAN_QUERY"))))
        .containsExactly("A principal is listed twice");
  }

  @Test
  void aUserAndAGroupOfTheSameNameAreDifferentPrincipals() {
    assertThat(
            summaries(
                set(
                    entry("group_name", "eng", "CAN_VIEW"),
                    entry("user_name", "eng", "CAN_QUERY"))))
        .isEmpty();
  }

  @Test
  void namesAreOneTo255Characters() {
    assertThat(summaries(set(entry("user_name", "", "CAN_VIEW"))))
        .containsExactly("Invalid user_name");
    assertThat(summaries(set(entry("group_name", "g".repeat(256), "CAN_VIEW"))))
        .containsExactly("Invalid group_name");
    assertThat(summaries(set(entry("group_name", "g".repeat(255), "CAN_VIEW")))).isEmpty();
  }

  /** The rules here and the server's JSON Schema must not drift apart. */
  @Test
  void theRulesFollowTheEndpointPermissionsSchema() {
    JsonNode entry =
        JsonMapper.builder()
            .build()
            .readTree(Schemas.document(Schemas.ENDPOINT_PERMISSIONS).orElseThrow())
            .path("$defs")
            .path("access_control_request");
    List<String> levels = new ArrayList<>();
    entry
        .path("properties")
        .path("permission_level")
        .path("enum")
        .forEach(l -> levels.add(l.asString()));
    assertThat(levels).isEqualTo(AccessControlRules.LEVELS);
    List<String> principals = new ArrayList<>(entry.path("properties").propertyNames());
    principals.remove("permission_level");
    assertThat(principals).containsExactlyInAnyOrderElementsOf(AccessControlRules.PRINCIPALS);
    for (String principal : principals) {
      JsonNode property = entry.path("properties").path(principal);
      assertThat(property.path("minLength").asInt()).isEqualTo(1);
      assertThat(property.path("maxLength").asInt()).isEqualTo(AccessControlRules.MAX_NAME_LENGTH);
    }
    List<String> blockAttributes =
        PermissionsResource.ENTRY.attributes().stream().map(a -> a.name()).toList();
    assertThat(blockAttributes)
        .containsExactlyInAnyOrderElementsOf(entry.path("properties").propertyNames());
  }

  @Test
  void unknownValuesAreLeftForApply() {
    Value unknownName = entry("group_name", Value.unknown(Type.STRING), Value.string("CAN_VIEW"));
    Value unknownLevel = entry("group_name", Value.string("eng"), Value.unknown(Type.STRING));
    assertThat(summaries(set(unknownName, unknownLevel))).isEmpty();
    assertThat(summaries(Value.unknown(Type.set(PermissionsResource.ENTRY.type())))).isEmpty();
  }
}
