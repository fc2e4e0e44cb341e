package dev.gatehouse.terraform.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.Value;
import dev.gatehouse.terraform.protocol.tfplugin6.Tfplugin6;
import org.junit.jupiter.api.Test;

class FromProtoTest {
  static final Block BLOCK = Block.of("", Attribute.string("name").required());

  @Test
  void readsMsgpackAsWrittenByToProto() {
    Value value = BLOCK.newObject().set("name", "a").build();
    assertThat(FromProto.value(ToProto.value(value, BLOCK.type()), BLOCK.type())).isEqualTo(value);
  }

  @Test
  void readsJsonWhenTerraformSendsJson() {
    Tfplugin6.DynamicValue json =
        Tfplugin6.DynamicValue.newBuilder()
            .setJson(ByteString.copyFromUtf8("{\"name\":\"b\"}"))
            .build();
    assertThat(FromProto.value(json, BLOCK.type()).getString("name")).isEqualTo("b");
  }

  @Test
  void anAbsentValueIsNull() {
    assertThat(FromProto.value(Tfplugin6.DynamicValue.getDefaultInstance(), BLOCK.type()).isNull())
        .isTrue();
  }
}
