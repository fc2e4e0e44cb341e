package dev.gatehouse.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads text bundled in this jar through this jar's own class loader, so that lookups behave the
 * same in a plain JVM, under Surefire and inside a WAR (where the thread's context class loader may
 * belong to someone else).
 */
final class Resources {
  private Resources() {}

  static Optional<String> read(String path) {
    ClassLoader loader = Resources.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(path)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled resource " + path, e);
    }
  }

  static String require(String path) {
    return read(path)
        .orElseThrow(() -> new IllegalStateException("Bundled resource missing: " + path));
  }
}
