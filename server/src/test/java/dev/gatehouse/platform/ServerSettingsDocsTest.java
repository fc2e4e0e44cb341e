package dev.gatehouse.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every setting the server reads has its line in docs/configuration.md, with its variable. */
class ServerSettingsDocsTest {
  private static final Pattern CONFIG_PROPERTY =
      Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");

  @Test
  void everySettingIsDocumentedWithItsEnvironmentVariable() throws IOException {
    Set<String> settings = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = CONFIG_PROPERTY.matcher(Files.readString(source));
        while (m.find()) {
          settings.add(m.group(1));
        }
      }
    }
    Properties defaults = new Properties();
    try (var in =
        Files.newInputStream(
            Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
      defaults.load(in);
    }
    defaults.stringPropertyNames().forEach(settings::add);
    assertThat(settings).contains("gatehouse.data-dir", "gatehouse.http.max-body-bytes");

    String docs = Files.readString(Path.of("../docs/configuration.md"));
    for (String setting : settings) {
      String variable = setting.toUpperCase().replaceAll("[^A-Z0-9]", "_");
      assertThat(docs)
          .as("docs/configuration.md documents %s", setting)
          .contains("`" + setting + "`")
          .contains("`" + variable + "`");
    }
  }
}
