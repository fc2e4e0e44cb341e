package dev.gatehouse.terraform.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.Diagnostic;
import dev.gatehouse.terraform.framework.NestedBlock;
import dev.gatehouse.terraform.framework.Schema;
import dev.gatehouse.terraform.framework.Type;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ToProtoTest {
  @Test
  void schemaCarriesTypesAsJsonFlagsAndNestingModes() {
    Schema schema =
        new Schema(
            2,
            Block.of(
                "A thing.",
                Attribute.string("name").required().description("Its name."),
                Attribute.string("token").optional().sensitive().writeOnly(),
                Attribute.of("tags", Type.map(Type.STRING)).optional().computed(),
                NestedBlock.list("entity", Block.of("", Attribute.number("n").optional()))
                    .maxItems(3),
                NestedBlock.single("gateway", Block.of(""))));
    Tfplugin6.Schema proto = ToProto.schema(schema);
    assertThat(proto.getVersion()).isEqualTo(2);
    assertThat(proto.getBlock().getDescription()).isEqualTo("A thing.");
    Tfplugin6.Schema.Attribute name = proto.getBlock().getAttributes(0);
    assertThat(name.getType().toString(StandardCharsets.UTF_8)).isEqualTo("\"string\"");
    assertThat(name.getRequired()).isTrue();
    assertThat(name.getDescription()).isEqualTo("Its name.");
    Tfplugin6.Schema.Attribute token = proto.getBlock().getAttributes(1);
    assertThat(token.getSensitive()).isTrue();
    assertThat(token.getWriteOnly()).isTrue();
    assertThat(token.getOptional()).isTrue();
    Tfplugin6.Schema.Attribute tags = proto.getBlock().getAttributes(2);
    assertThat(tags.getType().toString(StandardCharsets.UTF_8)).isEqualTo("[\"map\",\"string\"]");
    assertThat(tags.getComputed()).isTrue();
    Tfplugin6.Schema.NestedBlock entity = proto.getBlock().getBlockTypes(0);
    assertThat(entity.getTypeName()).isEqualTo("entity");
    assertThat(entity.getNesting()).isEqualTo(Tfplugin6.Schema.NestedBlock.NestingMode.LIST);
    assertThat(entity.getMaxItems()).isEqualTo(3);
    assertThat(entity.getBlock().getAttributes(0).getType().toString(StandardCharsets.UTF_8))
        .isEqualTo("\"number\"");
    assertThat(proto.getBlock().getBlockTypes(1).getNesting())
        .isEqualTo(Tfplugin6.Schema.NestedBlock.NestingMode.SINGLE);
  }

  @Test
  void objectTypesAreWrittenAsTerraformTypeJson() {
    Type type = Type.object(java.util.Map.of("a", Type.list(Type.set(Type.BOOL))));
    assertThat(type.toJson()).isEqualTo("[\"object\",{\"a\":[\"list\",[\"set\",\"bool\"]]}]");
  }

  @Test
  void diagnosticsCarrySeveritySummaryDetailAndPath() {
    Tfplugin6.Diagnostic proto =
        ToProto.diagnostic(
            Diagnostic.error(
                AttributePath.of("config").index(0).attribute("tags").key("team"),
                "Bad tag",
                "Fix it."));
    assertThat(proto.getSeverity()).isEqualTo(Tfplugin6.Diagnostic.Severity.ERROR);
    assertThat(proto.getSummary()).isEqualTo("Bad tag");
    assertThat(proto.getDetail()).isEqualTo("Fix it.");
    assertThat(proto.getAttribute().getStepsList())
        .extracting(Tfplugin6.AttributePath.Step::getSelectorCase)
        .containsExactly(
            Tfplugin6.AttributePath.Step.SelectorCase.ATTRIBUTE_NAME,
            Tfplugin6.AttributePath.Step.SelectorCase.ELEMENT_KEY_INT,
            Tfplugin6.AttributePath.Step.SelectorCase.ATTRIBUTE_NAME,
            Tfplugin6.AttributePath.Step.SelectorCase.ELEMENT_KEY_STRING);
    assertThat(proto.getAttribute().getSteps(3).getElementKeyString()).isEqualTo("team");
    assertThat(ToProto.diagnostic(Diagnostic.warning("w", null)).hasAttribute()).isFalse();
  }
}
