package dev.gatehouse.terraform.protocol;

import dev.gatehouse.terraform.framework.JsonCodec;
import dev.gatehouse.terraform.framework.MsgpackCodec;
import dev.gatehouse.terraform.framework.Type;
import dev.gatehouse.terraform.framework.Value;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6;

/** Wire messages into framework values. */
final class FromProto {
  private FromProto() {}

  /**
   * A DynamicValue of the given type. An absent value is null: Terraform omits the field for a null
   * prior state on create, and sends msgpack nil elsewhere.
   */
  static Value value(Tfplugin6.DynamicValue dynamic, Type type) {
    if (!dynamic.getMsgpack().isEmpty()) {
      return MsgpackCodec.decode(dynamic.getMsgpack().toByteArray(), type);
    }
    if (!dynamic.getJson().isEmpty()) {
      return JsonCodec.decode(dynamic.getJson().toByteArray(), type);
    }
    return Value.nullOf(type);
  }
}
