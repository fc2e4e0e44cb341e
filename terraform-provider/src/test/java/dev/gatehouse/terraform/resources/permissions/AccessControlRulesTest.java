package dev.gatehouse.terraform.resources.permissions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Diagnostic;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.Type;
import dev.gatehouse.terraform.framework.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

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
  void unknownValuesAreLeftForApply() {
    Value unknownName = entry("group_name", Value.unknown(Type.STRING), Value.string("CAN_VIEW"));
    Value unknownLevel = entry("group_name", Value.string("eng"), Value.unknown(Type.STRING));
    assertThat(summaries(set(unknownName, unknownLevel))).isEmpty();
    assertThat(summaries(Value.unknown(Type.set(PermissionsResource.ENTRY.type())))).isEmpty();
  }
}
