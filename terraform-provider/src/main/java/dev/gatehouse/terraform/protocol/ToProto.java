package dev.gatehouse.terraform.protocol;

import com.google.protobuf.ByteString;
import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.Diagnostic;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.MsgpackCodec;
import dev.gatehouse.terraform.framework.NestedBlock;
import dev.gatehouse.terraform.framework.Schema;
import dev.gatehouse.terraform.framework.Type;
import dev.gatehouse.terraform.framework.Value;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Framework values, schemas and diagnostics onto the wire. */
final class ToProto {
  private ToProto() {}

  static Tfplugin6.DynamicValue value(Value value, Type type) {
    return Tfplugin6.DynamicValue.newBuilder()
        .setMsgpack(ByteString.copyFrom(MsgpackCodec.encode(value, type)))
        .build();
  }

  static Tfplugin6.Schema schema(Schema schema) {
    return Tfplugin6.Schema.newBuilder()
        .setVersion(schema.version())
        .setBlock(block(schema.block(), schema.version()))
        .build();
  }

  static Tfplugin6.Schema.Block block(Block block, long version) {
    Tfplugin6.Schema.Block.Builder out =
        Tfplugin6.Schema.Block.newBuilder().setVersion(version).setDescription(block.description());
    block.attributes().forEach(a -> out.addAttributes(attribute(a)));
    block.blocks().forEach(b -> out.addBlockTypes(nestedBlock(b)));
    return out.build();
  }

  static Tfplugin6.Schema.Attribute attribute(Attribute attribute) {
    return Tfplugin6.Schema.Attribute.newBuilder()
        .setName(attribute.name())
        .setType(ByteString.copyFrom(attribute.type().toJson(), StandardCharsets.UTF_8))
        .setDescription(attribute.description())
        .setRequired(attribute.isRequired())
        .setOptional(attribute.isOptional())
        .setComputed(attribute.isComputed())
        .setSensitive(attribute.isSensitive())
        .setWriteOnly(attribute.isWriteOnly())
        .setDeprecated(attribute.isDeprecated())
        .build();
  }

  static Tfplugin6.Schema.NestedBlock nestedBlock(NestedBlock nested) {
    return Tfplugin6.Schema.NestedBlock.newBuilder()
        .setTypeName(nested.name())
        .setBlock(block(nested.block(), 0))
        .setNesting(Tfplugin6.Schema.NestedBlock.NestingMode.valueOf(nested.nesting().name()))
        .setMinItems(nested.minItems())
        .setMaxItems(nested.maxItems())
        .build();
  }

  static List<Tfplugin6.Diagnostic> diagnostics(Diagnostics diagnostics) {
    return diagnostics.all().stream().map(ToProto::diagnostic).toList();
  }

  static Tfplugin6.Diagnostic diagnostic(Diagnostic diagnostic) {
    Tfplugin6.Diagnostic.Builder out =
        Tfplugin6.Diagnostic.newBuilder()
            .setSeverity(
                diagnostic.severity() == Diagnostic.Severity.ERROR
                    ? Tfplugin6.Diagnostic.Severity.ERROR
                    : Tfplugin6.Diagnostic.Severity.WARNING)
            .setSummary(diagnostic.summary())
            .setDetail(diagnostic.detail() == null ? "" : diagnostic.detail());
    if (diagnostic.path() != null && !diagnostic.path().steps().isEmpty()) {
      out.setAttribute(path(diagnostic.path()));
    }
    return out.build();
  }

  /** The answer for a type name this provider does not serve. */
  static Tfplugin6.Diagnostic unknownType(String kind, String name) {
    return diagnostic(
        Diagnostic.error(
            "Unknown " + kind + " type " + name,
            "This version of the gatehouse provider has no " + kind + " named " + name + "."));
  }

  static Tfplugin6.AttributePath path(AttributePath path) {
    Tfplugin6.AttributePath.Builder out = Tfplugin6.AttributePath.newBuilder();
    for (AttributePath.Step step : path.steps()) {
      Tfplugin6.AttributePath.Step.Builder wire = Tfplugin6.AttributePath.Step.newBuilder();
      if (step instanceof AttributePath.AttributeName a) {
        wire.setAttributeName(a.name());
      } else if (step instanceof AttributePath.ElementKeyString k) {
        wire.setElementKeyString(k.key());
      } else {
        wire.setElementKeyInt(((AttributePath.ElementKeyInt) step).index());
      }
      out.addSteps(wire);
    }
    return out.build();
  }
}
