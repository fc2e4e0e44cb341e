package dev.gatehouse.terraform.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderConfigTest {
  static Value config(String host, String token) {
    return ProviderConfig.SCHEMA.block().newObject().set("host", host).set("token", token).build();
  }

  @Test
  void providerBlockWins() {
    Diagnostics diagnostics = new Diagnostics();
    var client =
        ProviderConfig.configure(
            config("http://gh:8080/", "t"), Map.of("GATEHOUSE_HOST", "http://other"), diagnostics);
    assertThat(diagnostics.all()).isEmpty();
    assertThat(client.host()).hasToString("http://gh:8080");
  }

  @Test
  void environmentIsTheFallback() {
    Diagnostics diagnostics = new Diagnostics();
    var client =
        ProviderConfig.configure(
            config(null, null),
            Map.of("GATEHOUSE_HOST", "http://env:1", "GATEHOUSE_TOKEN", "t"),
            diagnostics);
    assertThat(diagnostics.all()).isEmpty();
    assertThat(client.host()).hasToString("http://env:1");
  }

  @Test
  void missingSettingsAreExplainedPerAttribute() {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(ProviderConfig.configure(config(null, null), Map.of(), diagnostics)).isNull();
    assertThat(diagnostics.all())
        .extracting(Diagnostic::summary)
        .containsExactly("Missing Gatehouse host", "Missing Gatehouse token");
    assertThat(diagnostics.all().get(0).detail()).contains("GATEHOUSE_HOST");
    assertThat(diagnostics.all().get(1).path()).isEqualTo(AttributePath.of("token"));
  }

  @Test
  void aHostThatIsNoUrlIsRefused() {
    Diagnostics diagnostics = new Diagnostics();
    assertThat(ProviderConfig.configure(config("localhost:8080", "t"), Map.of(), diagnostics))
        .isNull();
    assertThat(diagnostics.all())
        .extracting(Diagnostic::summary)
        .containsExactly("Invalid Gatehouse host");
  }

  @Test
  void validationChecksOnlyAKnownHost() {
    Diagnostics bad = new Diagnostics();
    ProviderConfig.validate(config("ftp://x", null), bad);
    assertThat(bad.all()).extracting(Diagnostic::path).containsExactly(AttributePath.of("host"));
    Diagnostics fine = new Diagnostics();
    ProviderConfig.validate(config(null, null), fine);
    ProviderConfig.validate(config(null, null).with("host", Value.unknown(Type.STRING)), fine);
    assertThat(fine.all()).isEmpty();
  }
}
