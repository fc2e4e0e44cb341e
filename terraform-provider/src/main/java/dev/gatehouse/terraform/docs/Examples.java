package dev.gatehouse.terraform.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The HCL and shell examples of {@code examples/}, laid out as the registry's tooling expects:
 * {@code provider/provider.tf}, {@code resources/<type>/resource.tf} and {@code import.sh}, {@code
 * data-sources/<type>/data-source.tf}. A type without its example is an error: the page would tell
 * a reader nothing about how to write it.
 */
final class Examples {
  private final Path dir;

  Examples(Path dir) {
    this.dir = dir;
  }

  String provider() {
    return required("provider/provider.tf", "the provider block");
  }

  String resource(String type) {
    return required("resources/" + type + "/resource.tf", type);
  }

  Optional<String> resourceImport(String type) {
    return optional("resources/" + type + "/import.sh");
  }

  String dataSource(String type) {
    return required("data-sources/" + type + "/data-source.tf", type);
  }

  private String required(String relative, String what) {
    return optional(relative)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No example for "
                        + what
                        + ": write terraform-provider/examples/"
                        + relative
                        + " (a short, commented configuration), then run "
                        + DocsGenerator.REGENERATE_COMMAND));
  }

  private Optional<String> optional(String relative) {
    Path file = dir.resolve(relative);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
