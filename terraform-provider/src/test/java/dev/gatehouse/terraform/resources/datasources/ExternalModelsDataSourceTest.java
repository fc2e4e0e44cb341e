package dev.gatehouse.terraform.resources.datasources;

import static dev.gatehouse.terraform.resources.datasources.ServingEndpointsDataSourceTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.terraform.framework.AttributePath;
import dev.gatehouse.terraform.framework.Diagnostic;
import dev.gatehouse.terraform.framework.Diagnostics;
import dev.gatehouse.terraform.framework.Type;
import dev.gatehouse.terraform.framework.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalModelsDataSourceTest {
  final ExternalModelsDataSource dataSource = new ExternalModelsDataSource();

  Value config(Value task, Value provider) {
    return dataSource
        .schema()
        .block()
        .newObject()
        .set("task", task)
        .set("model_provider", provider)
        .build();
  }

  List<Diagnostic> validate(Value task, Value provider) {
    Diagnostics diagnostics = new Diagnostics();
    dataSource.validate(config(task, provider), diagnostics);
    return diagnostics.all();
  }

  @Test
  void acceptsTheSchemaEnumsUnsetAndUnknown() {
    assertThat(validate(Value.string("llm/v1/embeddings"), Value.string("cohere"))).isEmpty();
    assertThat(validate(Value.string(null), Value.unknown(Type.STRING))).isEmpty();
  }

  @Test
  void refusesAnUnknownTaskAtItsAttributeListingTheChoices() {
    List<Diagnostic> diagnostics = validate(Value.string("chat"), Value.string("nope"));
    assertThat(diagnostics)
        .extracting(Diagnostic::path)
        .containsExactly(AttributePath.of("task"), AttributePath.of("model_provider"));
    assertThat(diagnostics.get(0).detail()).contains("\"chat\"").contains("llm/v1/chat");
  }

  @Test
  void mapsCatalogEntries() {
    Value models =
        ExternalModelsDataSource.models(
            List.of(
                json(
                    "{\"provider\":\"cohere\",\"task\":\"llm/v1/embeddings\","
                        + "\"name\":\"embed-english-v3.0\",\"description\":\"English\"}")));
    Value model = models.elements().get(0);
    assertThat(model.getString("name")).isEqualTo("embed-english-v3.0");
    assertThat(model.getString("provider")).isEqualTo("cohere");
    assertThat(model.getString("task")).isEqualTo("llm/v1/embeddings");
    assertThat(model.getString("description")).isEqualTo("English");
  }
}
