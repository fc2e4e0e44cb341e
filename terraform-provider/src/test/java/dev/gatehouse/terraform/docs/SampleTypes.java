package dev.gatehouse.terraform.docs;

import dev.gatehouse.terraform.framework.Attribute;
import dev.gatehouse.terraform.framework.Block;
import dev.gatehouse.terraform.framework.DataSource;
import dev.gatehouse.terraform.framework.NestedBlock;
import dev.gatehouse.terraform.framework.Resource;
import dev.gatehouse.terraform.framework.ResourceContext;
import dev.gatehouse.terraform.framework.Schema;
import dev.gatehouse.terraform.framework.Timeouts;
import dev.gatehouse.terraform.framework.Type;
import dev.gatehouse.terraform.framework.Value;

/** Types that exercise every flag the pages render; never served, only documented. */
final class SampleTypes {
  static final Block BLOCK =
      Block.of(
          "A sample: one of every kind of part.",
          Attribute.string("id").computed().description("The sample's name"),
          Attribute.string("name").required().forceNew().description("Name of the sample."),
          Attribute.string("secret_plaintext").optional().sensitive().description("A secret."),
          Attribute.string("secret_wo").optional().writeOnly().description("Never stored."),
          Attribute.string("token_wo").optional().writeOnly().description("A write-only token."),
          Attribute.string("ref")
              .computed()
              .description("Use it as {{secrets/<scope>/<key>}} in *_config, or `<raw>`"),
          Attribute.number("size")
              .optional()
              .computed()
              .description("Size; the server's if unset."),
          Attribute.of("labels", Type.set(Type.STRING)).optional().description("Labels."),
          Attribute.number("old").optional().deprecated().description("Use size."),
          NestedBlock.list(
                  "config",
                  Block.of(
                      "What the sample serves.",
                      Attribute.number("version").computed().description("Config version."),
                      NestedBlock.set(
                          "entity",
                          Block.of(
                              "One entity.",
                              Attribute.string("model").required().description("Model id.")))))
              .minItems(1)
              .maxItems(1),
          NestedBlock.set("tags", Block.of("A tag.", Attribute.string("key").required()))
              .forceNew(),
          Timeouts.block("create"));

  private SampleTypes() {}

  static Resource resource() {
    return new Resource() {
      @Override
      public String typeName() {
        return "gatehouse_sample";
      }

      @Override
      public Schema schema() {
        return Schema.of(BLOCK);
      }

      @Override
      public Value create(Value planned, Value config, ResourceContext context) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Value read(Value state, ResourceContext context) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Value update(Value prior, Value planned, Value config, ResourceContext context) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void delete(Value state, ResourceContext context) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Value importState(String id, ResourceContext context) {
        throw new UnsupportedOperationException();
      }
    };
  }

  static DataSource dataSource() {
    return new DataSource() {
      @Override
      public String typeName() {
        return "gatehouse_samples";
      }

      @Override
      public Schema schema() {
        return Schema.of(BLOCK);
      }

      @Override
      public Value read(Value config, ResourceContext context) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
